import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDateString, IsInt, IsOptional, IsUUID, Matches, Max, Min, Validate, ValidateNested, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { SECTOR_CODES } from '../../common/domain/sectors';
import type { SectorCode } from '../../common/domain/sectors';
import { OneOfEach, Text } from '../../common/validation/validators';
import { isValidTimezone } from './event-grid';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** ISO-8601 instant with an explicit offset or Z: a bare local time would be ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

@ValidatorConstraint({ name: 'isTimezone' })
class IsTimezone implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return isValidTimezone(value);
  }
  defaultMessage() {
    return 'timezone must be an IANA timezone such as Asia/Seoul';
  }
}

export class MeetingGridDto {
  @ApiProperty({ example: '09:00', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$' }) @Matches(HHMM, { message: 'dayStart must be HH:mm' }) dayStart: string;
  @ApiProperty({ example: '18:00', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$' }) @Matches(HHMM, { message: 'dayEnd must be HH:mm' }) dayEnd: string;
  @ApiProperty({ type: 'integer', example: 30, minimum: 5, maximum: 240 }) @IsInt() @Min(5) @Max(240) slotMinutes: number;
  @ApiProperty({ type: 'integer', example: 40, minimum: 1, maximum: 10000 }) @IsInt() @Min(1) @Max(10000) tables: number;
}

export class CreateEventDto {
  @ApiProperty({ example: 'Global Super-Gap Tech Conference 2026 (초격차 기술 컨퍼런스)' }) @Text(300) name: string;
  @ApiProperty({ example: 'COEX, Seoul' }) @Text(300) venue: string;
  @ApiProperty({ example: 'Asia/Seoul' }) @Validate(IsTimezone) timezone: string;
  @ApiProperty({ format: 'date', example: '2026-10-28' }) @Matches(DATE, { message: 'startDate must be YYYY-MM-DD' }) @IsDateString({ strict: true }) startDate: string;
  @ApiProperty({ format: 'date', example: '2026-10-29', description: 'Inclusive' }) @Matches(DATE, { message: 'endDate must be YYYY-MM-DD' }) @IsDateString({ strict: true }) endDate: string;
  @ApiProperty({ type: MeetingGridDto }) @ValidateNested() @Type(() => MeetingGridDto) meetingGrid: MeetingGridDto;
}

export class MatchWeightsDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, example: 30 }) @IsOptional() @IsInt() @Min(0) @Max(100) sector?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, example: 15 }) @IsOptional() @IsInt() @Min(0) @Max(100) stage?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, example: 15 }) @IsOptional() @IsInt() @Min(0) @Max(100) ticket?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, example: 10 }) @IsOptional() @IsInt() @Min(0) @Max(100) geography?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, example: 10 }) @IsOptional() @IsInt() @Min(0) @Max(100) trl?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, example: 20 }) @IsOptional() @IsInt() @Min(0) @Max(100) text?: number;
}

export class UpdateEventDto {
  @ApiPropertyOptional({ example: 'Global Super-Gap Tech Conference 2026' }) @IsOptional() @Text(300) name?: string;
  @ApiPropertyOptional({ example: 'COEX, Seoul' }) @IsOptional() @Text(300) venue?: string;
  @ApiPropertyOptional({ example: 'Asia/Seoul' }) @IsOptional() @Validate(IsTimezone) timezone?: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-10-28' }) @IsOptional() @Matches(DATE) @IsDateString({ strict: true }) startDate?: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-10-29' }) @IsOptional() @Matches(DATE) @IsDateString({ strict: true }) endDate?: string;
  @ApiPropertyOptional({ type: MeetingGridDto }) @IsOptional() @ValidateNested() @Type(() => MeetingGridDto) meetingGrid?: MeetingGridDto;
  @ApiPropertyOptional({ type: MatchWeightsDto, description: 'Scoring weights for this event; a change re-scores the event' })
  @IsOptional() @ValidateNested() @Type(() => MatchWeightsDto) matchWeights?: MatchWeightsDto;
}

export class CreateIrSessionDto {
  @ApiProperty({ example: 'Quantum & Semiconductors IR' }) @Text(300) title: string;
  @ApiProperty({ example: 'Hall B2' }) @Text(100) room: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T14:00:00+09:00' }) @Matches(INSTANT, { message: 'startsAt must be an ISO-8601 time with an offset' }) startsAt: string;
  @ApiProperty({ type: 'integer', example: 10, minimum: 1, maximum: 240 }) @IsInt() @Min(1) @Max(240) slotMinutes: number;
  @ApiProperty({ type: 'integer', example: 10, minimum: 1, maximum: 200 }) @IsInt() @Min(1) @Max(200) slotCount: number;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['quantum', 'system-semiconductor'] })
  @IsArray() @ArrayUnique() @OneOfEach(SECTOR_CODES) sectors: SectorCode[];
}

export class JoinEventDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Organizers only: the member to add' }) @IsOptional() @IsUUID() accountId?: string;
}

export class BlockedIntervalDto {
  @ApiProperty({ format: 'date-time', example: '2026-10-28T12:00:00+09:00' }) @Matches(INSTANT, { message: 'from must be an ISO-8601 time with an offset' }) from: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T13:00:00+09:00' }) @Matches(INSTANT, { message: 'to must be an ISO-8601 time with an offset' }) to: string;
}

export class AvailabilityDto {
  @ApiProperty({ type: [BlockedIntervalDto] })
  @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => BlockedIntervalDto) blocked: BlockedIntervalDto[];
}
