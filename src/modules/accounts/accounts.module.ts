import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProfilesModule } from '../profiles/profiles.module';
import { Account } from './account.entity';
import { AccountsController, AuthController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { LoginThrottleService } from './login-throttle.service';

@Module({
  imports: [TypeOrmModule.forFeature([Account]), ProfilesModule],
  controllers: [AuthController, AccountsController],
  providers: [AccountsService, LoginThrottleService],
  exports: [AccountsService],
})
export class AccountsModule {}
