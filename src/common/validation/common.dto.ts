import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { CURRENCIES } from '../domain/money';
import type { Money } from '../domain/money';

export class MoneyDto implements Money {
  @ApiProperty({ type: 'integer', minimum: 0, example: 500000000, description: 'Integer amount in minor units (KRW has none, USD has cents)' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amount: number;

  @ApiProperty({ example: 'KRW', enum: CURRENCIES })
  @IsIn(CURRENCIES)
  currency: string;
}
