import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageQuery } from '../../common/pagination/pagination';
import { MoneyDto } from '../../common/validation/common.dto';
import { EmptyAsUndefined, NormalizeText } from '../../common/validation/transforms';
import { FOLLOW_UP_KINDS, type FollowUpKind } from './attendance-rules';

export class CheckInDto {
  @ApiPropertyOptional({
    example: 'K7Q2XM',
    description: "The other party's check-in code as typed, or the QR payload scanned from its phone (SGM1:CHECKIN:<meetingId>:<code>). " +
      'With it both parties are recorded as present; without it only the caller.',
  })
  @IsOptional() @IsString() @MaxLength(120)
  code?: string;
}

export class OutcomeDto {
  @ApiProperty({ example: true, description: 'Whether the meeting took place' })
  @IsBoolean()
  held: boolean;

  @ApiProperty({ enum: FOLLOW_UP_KINDS, isArray: true, example: ['nda', 'poc'], description: '"none" cannot be combined with others' })
  @IsArray() @ArrayMaxSize(FOLLOW_UP_KINDS.length) @ArrayUnique() @IsIn(FOLLOW_UP_KINDS, { each: true })
  followUps: FollowUpKind[];

  @ApiPropertyOptional({ type: MoneyDto, description: 'An amount discussed or committed (investment, procurement), in minor units' })
  @IsOptional() @ValidateNested() @Type(() => MoneyDto)
  amount?: MoneyDto;

  @ApiPropertyOptional({ example: '다음 주 PoC 범위 논의. PoC scope next week.', description: 'Private: seen by its author and organizers only' })
  @IsOptional() @NormalizeText() @IsString() @MaxLength(4000)
  note?: string;
}

export class NoShowListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: only no-shows marked by the present party; false: only unmarked ones' })
  @IsOptional() @EmptyAsUndefined() @IsIn(['true', 'false'])
  marked?: 'true' | 'false';
}

export class ReportFormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional() @EmptyAsUndefined() @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class PipelineQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: meetings with the caller\'s outcome; false: those still to record' })
  @IsOptional() @EmptyAsUndefined() @IsIn(['true', 'false'])
  recorded?: 'true' | 'false';
}
