import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowPending, type Caller, CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { ApiAuth, ApiErrors, ApiPageResponse } from '../../common/openapi/api-responses';
import type { Page } from '../../common/pagination/pagination';
import { CorporateProfileDto, InvestorListQuery, InvestorProfileDto, StartupListQuery, StartupProfileDto } from './profiles.dto';
import { ProfilesService } from './profiles.service';
import { CorporateView, InvestorView, StartupView } from './profiles.views';

/**
 * The documentation conventions in one place (other controllers follow them): a summary per route, the 2xx type
 * (also the method's return type, so tsc checks it), and the error statuses beyond the controller's 401/403.
 */
@ApiTags('profiles')
@ApiAuth()
@Controller('v1')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Put('me/startup')
  @Roles('startup')
  @AllowPending()
  @ApiOperation({ summary: "Create or replace the caller's startup profile", description: 'Re-scores the startup in every event it joined.' })
  @ApiOkResponse({ type: StartupView })
  @ApiErrors(400)
  putStartup(@CurrentUser() caller: Caller, @Body() dto: StartupProfileDto): Promise<StartupView> {
    return this.profiles.putStartup(caller.id, dto);
  }

  @Put('me/investor')
  @Roles('investor')
  @AllowPending()
  @ApiOperation({ summary: "Create or replace the caller's investor thesis", description: 'Re-scores the investor in every event it joined.' })
  @ApiOkResponse({ type: InvestorView })
  @ApiErrors(400)
  putInvestor(@CurrentUser() caller: Caller, @Body() dto: InvestorProfileDto): Promise<InvestorView> {
    return this.profiles.putInvestor(caller.id, dto);
  }

  @Put('me/corporate')
  @Roles('corporate')
  @AllowPending()
  @ApiOperation({ summary: "Create or replace the caller's corporate profile" })
  @ApiOkResponse({ type: CorporateView })
  @ApiErrors(400)
  putCorporate(@CurrentUser() caller: Caller, @Body() dto: CorporateProfileDto): Promise<CorporateView> {
    return this.profiles.putCorporate(caller.id, dto);
  }

  @Get('startups')
  @ApiOperation({ summary: 'List startups', description: '`q`: every word must appear in the name, description or keywords (Korean or English).' })
  @ApiPageResponse(StartupView)
  @ApiErrors(400)
  listStartups(@CurrentUser() caller: Caller, @Query() query: StartupListQuery): Promise<Page<StartupView>> {
    return this.profiles.listStartups(query, caller);
  }

  @Get('investors')
  @ApiOperation({ summary: 'List investors' })
  @ApiPageResponse(InvestorView)
  @ApiErrors(400)
  listInvestors(@Query() query: InvestorListQuery): Promise<Page<InvestorView>> {
    return this.profiles.listInvestors(query);
  }
}
