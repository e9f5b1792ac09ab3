import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength, registerDecorator, ValidateIf, type ValidationArguments } from 'class-validator';
import { WEAK_PASSWORD_CONSTRAINT } from '../../common/validation/validation';
import { foldEmail, PASSWORD_MAX, PASSWORD_MIN, passwordProblem } from './passwords';
import { Transform } from 'class-transformer';
import { PageQuery } from '../../common/pagination/pagination';
import { EmptyAsUndefined, NormalizeText } from '../../common/validation/transforms';
import { ACCOUNT_STATUSES, LOCALES, MEMBER_ROLES, ROLES } from './account.entity';
import type { Account, AccountStatus, Locale, Role } from './account.entity';
import type { AccountView } from './accounts.views';

/** E-mails are compared NFKC-folded and lower-cased: a full-width look-alike is the same address. */
const foldedEmail = () => Transform(({ value }) => (typeof value === 'string' ? foldEmail(value) : value));

/** 10–128 characters, not common, not the e-mail: else 400 `weak_password` naming the rule. */
function AcceptablePassword() {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: WEAK_PASSWORD_CONSTRAINT, target: object.constructor, propertyName,
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && passwordProblem(value, (args.object as { email?: unknown }).email) === null,
        defaultMessage: (args: ValidationArguments) =>
          typeof args.value === 'string' ? passwordProblem(args.value, (args.object as { email?: unknown }).email)! : 'password must be a string',
      },
    });
}

export class SignupDto {
  @ApiProperty({ example: 'ceo@qubitlab.kr' })
  @foldedEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'violet-harbor-quantum-42', minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX, description: 'Not a common password nor the e-mail' })
  @AcceptablePassword()
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
  @foldedEmail()
  @IsEmail()
  email: string;

  @ApiProperty({ example: 'organizer-password' })
  @IsString()
  @MaxLength(1024)
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
