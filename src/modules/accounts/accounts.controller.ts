import { Body, Controller, Get, HttpCode, Ip, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AllowPending, type Caller, CurrentUser, Public, Roles } from '../../common/auth/auth.decorators';
import { IdPipe } from '../../common/http/uuid.pipe';
import { ProfilesService } from '../profiles/profiles.service';
import { AccountListQuery, AccountStatusDto, LoginDto, SignupDto, toAccountView } from './accounts.dto';
import { AccountsService } from './accounts.service';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Post('signup')
  signup(@Body() dto: SignupDto) {
    return this.accounts.signup(dto);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiTooManyRequestsResponse({ description: 'Too many failed logins for this email and IP; see Retry-After' })
  login(@Body() dto: LoginDto, @Ip() ip: string) {
    return this.accounts.login(dto, ip);
  }
}

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('v1')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly profiles: ProfilesService,
  ) {}

  @Get('me')
  @AllowPending()
  async me(@CurrentUser() caller: Caller) {
    return { ...toAccountView(caller), profile: await this.profiles.profileOf(caller) };
  }

  @Get('accounts')
  @Roles('organizer')
  async list(@CurrentUser() caller: Caller, @Query() query: AccountListQuery) {
    const page = await this.accounts.list(query);
    const profiles = await this.profiles.profilesOf(page.items, caller);
    return { ...page, items: page.items.map((a) => ({ ...toAccountView(a), profile: profiles.get(a.id) ?? null })) };
  }

  @Patch('accounts/:id')
  @Roles('organizer')
  async setStatus(@Param('id', new IdPipe('Account')) id: string, @Body() dto: AccountStatusDto) {
    const account = await this.accounts.setStatus(id, dto.status);
    return toAccountView(account);
  }
}
