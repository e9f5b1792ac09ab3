import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CorporateProfile } from '../profiles/profile.entities';
import { NotificationsModule } from '../notifications/notifications.module';
import { DemandsController } from './demands.controller';
import { DemandsService } from './demands.service';
import { Demand } from './demand.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Demand, CorporateProfile]), NotificationsModule],
  controllers: [DemandsController],
  providers: [DemandsService],
  exports: [DemandsService],
})
export class DemandsModule {}
