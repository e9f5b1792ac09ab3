import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Transform } from 'class-transformer';
import { PageQuery } from '../../common/pagination/pagination';
import { EmptyAsUndefined, NormalizeText } from '../../common/validation/transforms';
import { ACCOUNT_STATUSES, LOCALES, MEMBER_ROLES, ROLES } from './account.entity';
import type { Account, AccountStatus, Locale, Role } from './account.entity';
import type { AccountView } from './accounts.views';

const lowerEmail = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));

export class SignupDto {
  @ApiProperty({ example: 'ceo@qubitlab.kr' })
  @lowerEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple', minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password: string;

  @ApiProperty({ enum: MEMBER_ROLES, example: 'startup' })
  @IsIn(MEMBER_ROLES)
  role: (typeof MEMBER_ROLES)[number];

  @ApiProperty({ example: '큐비트랩 김하늘' })
  @NormalizeText()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;
}

export class LoginDto {
  @ApiProperty({ example: 'organizer@supergap.local' })
  @lowerEmail()
  @IsEmail()
  email: string;

  @ApiProperty({ example: 'organizer-password' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class AccountStatusDto {
  @ApiProperty({ enum: ['active', 'rejected'] })
  @IsIn(['active', 'rejected'])
  status: 'active' | 'rejected';
}

export class AccountListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @EmptyAsUndefined()
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: ACCOUNT_STATUSES })
  @EmptyAsUndefined()
  @IsOptional()
  @IsIn(ACCOUNT_STATUSES)
  status?: AccountStatus;
}

/** `PATCH /v1/me`: what a member may change about its own account. */
export class UpdateMeDto {
  @ApiPropertyOptional({ example: '큐비트랩 김하늘' })
  @NormalizeText()
  @ValidateIf((_o, v) => v !== undefined) // null is not "left out": 400
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES, example: 'en', description: 'Language of e-mails and the web app' })
  @ValidateIf((_o, v) => v !== undefined) // null is not "left out": 400
  @IsIn(LOCALES)
  locale?: Locale;
}

export function toAccountView(a: Pick<Account, 'id' | 'email' | 'role' | 'status' | 'displayName'>): AccountView {
  return { id: a.id, email: a.email, role: a.role, status: a.status, displayName: a.displayName };
}
