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

/** What every role's `MeView` shares: the account and its language. */
class MeBaseView extends AccountView {
  @ApiProperty({ enum: LOCALES, nullable: true, example: 'ko', description: 'Language of e-mails and the web app; null until chosen (e-mails then use ko)' })
  locale: Locale | null;
}

export class StartupMeView extends MeBaseView {
  @ApiProperty({ enum: ['startup'], example: 'startup' }) override role: 'startup' = 'startup';
  @ApiProperty({ type: StartupView, nullable: true, description: 'null until written' }) profile: StartupView | null;
}

export class InvestorMeView extends MeBaseView {
  @ApiProperty({ enum: ['investor'], example: 'investor' }) override role: 'investor' = 'investor';
  @ApiProperty({ type: InvestorView, nullable: true, description: 'null until written' }) profile: InvestorView | null;
}

export class CorporateMeView extends MeBaseView {
  @ApiProperty({ enum: ['corporate'], example: 'corporate' }) override role: 'corporate' = 'corporate';
  @ApiProperty({ type: CorporateView, nullable: true, description: 'null until written' }) profile: CorporateView | null;
}

export class OrganizerMeView extends MeBaseView {
  @ApiProperty({ enum: ['organizer'], example: 'organizer' }) override role: 'organizer' = 'organizer';
  @ApiProperty({ type: String, nullable: true, enum: [null], description: 'Organizers have no profile' }) profile: null = null;
}

/**
 * The caller's own account (`GET`/`PATCH /v1/me`) with its language and its role's profile. One schema per role,
 * told apart by `role` (an OpenAPI discriminator), so a typed client narrows `profile` by checking `role`.
 */
export type MeView = StartupMeView | InvestorMeView | CorporateMeView | OrganizerMeView;
export const ME_VIEW_MODELS = [StartupMeView, InvestorMeView, CorporateMeView, OrganizerMeView];
export const ME_VIEW_SCHEMA = {
  oneOf: ME_VIEW_MODELS.map((m) => ({ $ref: getSchemaPath(m) })),
  discriminator: {
    propertyName: 'role',
    mapping: { startup: getSchemaPath(StartupMeView), investor: getSchemaPath(InvestorMeView), corporate: getSchemaPath(CorporateMeView), organizer: getSchemaPath(OrganizerMeView) },
  },
};

/** The view of the caller: `profile` is the one ProfilesService.profileOf read for the account's own role. */
export function toMeView(account: AccountView, locale: Locale | null, profile: ProfileView | null): MeView {
  return { ...account, locale, profile } as MeView;
}

export class TokenView {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIzZjFjIn0.sig', description: 'Send as `Authorization: Bearer <token>`' })
  accessToken: string;
  @ApiProperty({ type: 'integer', example: 3600, description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ enum: ['Bearer'], example: 'Bearer' }) tokenType: 'Bearer';
}
