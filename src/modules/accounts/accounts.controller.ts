import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowPending, type Caller, CurrentUser, Public, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { ApiAuth, ApiErrors, ApiPageResponse } from '../../common/openapi/api-responses';
import type { Page } from '../../common/pagination/pagination';
import { RateLimitService } from '../../common/rate-limit/rate-limit.service';
import { AppConfig } from '../../config/app-config';
import { ProfilesService } from '../profiles/profiles.service';
import { PROFILE_VIEWS } from '../profiles/profiles.views';
import { AccountListQuery, AccountStatusDto, LoginDto, SignupDto, toAccountView, UpdateMeDto } from './accounts.dto';
import { AccountsService } from './accounts.service';
import { AccountView, AccountWithProfileView, ME_VIEW_MODELS, ME_VIEW_SCHEMA, type MeView, toMeView, TokenView } from './accounts.views';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly limits: RateLimitService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('signup')
  @ApiOperation({ summary: 'Sign up as a startup, investor or corporate', description: 'Startups are active at once; investors and corporates are pending until an organizer approves them. Sign-ups per IP are limited (RATE_LIMIT_SIGNUPS_PER_HOUR).' })
  @ApiCreatedResponse({ type: AccountView })
  @ApiErrors(400, 409, 429)
  async signup(@Body() dto: SignupDto, @Ip() ip: string): Promise<AccountView> {
    await this.limits.consume('signups', ip, this.config.env.RATE_LIMIT_SIGNUPS_PER_HOUR, 3600, 'sign-ups from this address');
    return this.accounts.signup(dto);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in and get a bearer token', description: 'Failed logins are throttled per e-mail and IP (429 with Retry-After). A rejected account gets 403.' })
  @ApiOkResponse({ type: TokenView })
  @ApiErrors(400, 401, 403, 429)
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<TokenView> {
    return this.accounts.login(dto, ip);
  }
}

@ApiTags('accounts')
@ApiAuth()
@ApiExtraModels(...PROFILE_VIEWS)
@Controller('v1')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly profiles: ProfilesService,
  ) {}

  @Get('me')
  @AllowPending()
  @ApiOperation({ summary: "The caller's account, language and profile" })
  @ApiExtraModels(...ME_VIEW_MODELS)
  @ApiOkResponse({ description: 'One schema per role (discriminator `role`): `profile` is that role\'s profile, null until written', schema: ME_VIEW_SCHEMA })
  async me(@CurrentUser() caller: Caller): Promise<MeView> {
    // The guard has just read the account, language included.
    return toMeView(toAccountView(caller), caller.locale ?? null, await this.profiles.profileOf(caller));
  }

  @Patch('me')
  @AllowPending()
  @ApiOperation({ summary: "Change the caller's display name or language", description: '`locale` (ko | en) is the language of e-mails and the web app.' })
  @ApiOkResponse({ description: 'As GET /v1/me', schema: ME_VIEW_SCHEMA })
  @ApiErrors(400)
  async updateMe(@CurrentUser() caller: Caller, @Body() dto: UpdateMeDto): Promise<MeView> {
    const account = await this.accounts.updateMe(caller.id, dto);
    return toMeView(toAccountView(account), account.locale, await this.profiles.profileOf(caller));
  }

  @Get('accounts')
  @Roles('organizer')
  @ApiOperation({ summary: 'List accounts with their profiles (organizer)', description: 'E.g. `?status=pending` for the approval queue.' })
  @ApiPageResponse(AccountWithProfileView)
  @ApiErrors(400)
  async list(@CurrentUser() caller: Caller, @Query() query: AccountListQuery): Promise<Page<AccountWithProfileView>> {
    const page = await this.accounts.list(query);
    const profiles = await this.profiles.profilesOf(page.items, caller);
    return { ...page, items: page.items.map((a) => ({ ...toAccountView(a), profile: (profiles.get(a.id) ?? null) as AccountWithProfileView['profile'] })) };
  }

  @Patch('accounts/:id')
  @Roles('organizer')
  @ApiOperation({ summary: 'Approve or reject a member (organizer)', description: 'pending → active | rejected, active → rejected; anything else is 409. Rejecting removes the member from matching and booking.' })
  @ApiOkResponse({ type: AccountView })
  @ApiErrors(400, 404, 409)
  async setStatus(@Param('id', new IdPipe('Account')) id: string, @Body() dto: AccountStatusDto): Promise<AccountView> {
    const account = await this.accounts.setStatus(id, dto.status);
    return toAccountView(account);
  }
}
