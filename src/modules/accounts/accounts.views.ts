import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { CorporateView, InvestorView, StartupView, type ProfileView } from '../profiles/profiles.views';
import { ACCOUNT_STATUSES, LOCALES, ROLES } from './account.entity';
import type { AccountStatus, Locale, Role } from './account.entity';

export class AccountView {
  @ApiProperty({ format: 'uuid', example: '3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10' }) id: string;
  @ApiProperty({ example: 'ceo@qubitlab.kr' }) email: string;
  @ApiProperty({ enum: ROLES, example: 'startup' }) role: Role;
  @ApiProperty({ enum: ACCOUNT_STATUSES, example: 'active', description: 'Startups start active; investors and corporates pending until an organizer approves them' })
  status: AccountStatus;
  @ApiProperty({ example: '큐비트랩 김하늘' }) displayName: string;
}

/** An account with its role's profile (null until written). */
export class AccountWithProfileView extends AccountView {
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(StartupView) }, { $ref: getSchemaPath(InvestorView) }, { $ref: getSchemaPath(CorporateView) }],
    nullable: true,
    description: "The role's profile: StartupView, InvestorView or CorporateView; null before it is written (and for organizers)",
  })
  profile: ProfileView | null;
}

/** The caller's own account (`GET`/`PATCH /v1/me`): with its language. */
export class MeView extends AccountWithProfileView {
  @ApiProperty({ enum: LOCALES, nullable: true, example: 'ko', description: 'Language of e-mails and the web app; null until chosen (e-mails then use ko)' })
  locale: Locale | null;
}

export class TokenView {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzZjFjIn0.sig', description: 'Send as `Authorization: Bearer <token>`' })
  accessToken: string;
  @ApiProperty({ type: 'integer', example: 3600, description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' }) tokenType: 'Bearer';
}
