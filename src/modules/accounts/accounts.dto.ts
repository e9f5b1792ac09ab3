import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { PageQuery } from '../../common/pagination/pagination';
import { EmptyAsUndefined, NormalizeText } from '../../common/validation/transforms';
import { ACCOUNT_STATUSES, MEMBER_ROLES, ROLES } from './account.entity';
import type { Account, AccountStatus, Role } from './account.entity';

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

export interface AccountView {
  id: string;
  email: string;
  role: Role;
  status: AccountStatus;
  displayName: string;
}

export function toAccountView(a: Pick<Account, 'id' | 'email' | 'role' | 'status' | 'displayName'>): AccountView {
  return { id: a.id, email: a.email, role: a.role, status: a.status, displayName: a.displayName };
}
