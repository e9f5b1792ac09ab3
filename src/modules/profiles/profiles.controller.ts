import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AllowPending, type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { CorporateProfileDto, InvestorListQuery, InvestorProfileDto, StartupListQuery, StartupProfileDto } from './profiles.dto';
import { ProfilesService } from './profiles.service';

@ApiTags('profiles')
@ApiBearerAuth()
@Controller('v1')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Put('me/startup')
  @Roles('startup')
  @AllowPending()
  putStartup(@CurrentUser() caller: Caller, @Body() dto: StartupProfileDto) {
    return this.profiles.putStartup(caller.id, dto);
  }

  @Put('me/investor')
  @Roles('investor')
  @AllowPending()
  putInvestor(@CurrentUser() caller: Caller, @Body() dto: InvestorProfileDto) {
    return this.profiles.putInvestor(caller.id, dto);
  }

  @Put('me/corporate')
  @Roles('corporate')
  @AllowPending()
  putCorporate(@CurrentUser() caller: Caller, @Body() dto: CorporateProfileDto) {
    return this.profiles.putCorporate(caller.id, dto);
  }

  @Get('startups')
  listStartups(@CurrentUser() caller: Caller, @Query() query: StartupListQuery) {
    return this.profiles.listStartups(query, caller);
  }

  @Get('investors')
  listInvestors(@Query() query: InvestorListQuery) {
    return this.profiles.listInvestors(query);
  }
}
