import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProfilesController } from './profiles.controller';
import { ProfilesService } from './profiles.service';
import { CorporateProfile, InvestorProfile, StartupProfile } from './profile.entities';

@Module({
  imports: [TypeOrmModule.forFeature([StartupProfile, InvestorProfile, CorporateProfile])],
  controllers: [ProfilesController],
  providers: [ProfilesService],
  exports: [ProfilesService],
})
export class ProfilesModule {}
