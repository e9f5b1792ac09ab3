import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { SECTOR_CODES } from '../../common/domain/sectors';
import type { SectorCode } from '../../common/domain/sectors';
import { Nested, OneOfEach, Text } from '../../common/validation/validators';
import { compareInstants, IsAfterField, IsInstant, IsLocalDate, IsLocalTime, isInstant, isLocalDate, isLocalTime, IsTimezone } from '../../common/validation/date-time';

export class MeetingGridDto {
  @ApiProperty({ example: '09:00', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }) @IsLocalTime() dayStart: string;
  @ApiProperty({ example: '18:00', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', description: 'HH:mm; 24:00 is the end of the day' })
  @IsLocalTime({ endOfDay: true }) @IsAfterField('dayStart', { valid: (v) => isLocalTime(v, true) }) dayEnd: string;
  @ApiProperty({ type: 'integer', example: 30, minimum: 5, maximum: 240 }) @IsInt() @Min(5) @Max(240) slotMinutes: number;
  @ApiProperty({ type: 'integer', example: 40, minimum: 1, maximum: 10000 }) @IsInt() @Min(1) @Max(10000) tables: number;
}

export class CreateEventDto {
  @ApiProperty({ example: 'Global Super-Gap Tech Conference 2026 (초격차 기술 컨퍼런스)' }) @Text(300) name: string;
  @ApiProperty({ example: 'COEX, Seoul' }) @Text(300) venue: string;
  @ApiProperty({ example: 'Asia/Seoul', description: 'IANA name; stored in its canonical spelling' }) @IsTimezone() timezone: string;
  @ApiProperty({ format: 'date', example: '2026-10-28' }) @IsLocalDate() startDate: string;
  @ApiProperty({ format: 'date', example: '2026-10-29', description: 'Inclusive; not before startDate' }) @IsLocalDate() @IsAfterField('startDate', { orEqual: true, valid: isLocalDate }) endDate: string;
  @ApiProperty({ type: MeetingGridDto }) @Nested(() => MeetingGridDto) meetingGrid: MeetingGridDto;
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
  @ApiPropertyOptional({ example: 'Asia/Seoul' }) @IsOptional() @IsTimezone() timezone?: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-10-28' }) @IsOptional() @IsLocalDate() startDate?: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-10-29' }) @IsOptional() @IsLocalDate() @IsAfterField('startDate', { orEqual: true, valid: isLocalDate }) endDate?: string;
  @ApiPropertyOptional({ type: MeetingGridDto }) @IsOptional() @Nested(() => MeetingGridDto) meetingGrid?: MeetingGridDto;
  @ApiPropertyOptional({ type: MatchWeightsDto, description: 'Scoring weights for this event; a change re-scores the event' })
  @IsOptional() @Nested(() => MatchWeightsDto) matchWeights?: MatchWeightsDto;
}

export class CreateIrSessionDto {
  @ApiProperty({ example: 'Quantum & Semiconductors IR' }) @Text(300) title: string;
  @ApiProperty({ example: 'Hall B2' }) @Text(100) room: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T14:00:00+09:00' }) @IsInstant() startsAt: string;
  @ApiProperty({ type: 'integer', example: 10, minimum: 1, maximum: 240 }) @IsInt() @Min(1) @Max(240) slotMinutes: number;
  @ApiProperty({ type: 'integer', example: 10, minimum: 1, maximum: 200 }) @IsInt() @Min(1) @Max(200) slotCount: number;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['quantum', 'system-semiconductor'] })
  @IsArray() @ArrayUnique() @OneOfEach(SECTOR_CODES) sectors: SectorCode[];
}

export class JoinEventDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Organizers only: the member to add' }) @IsOptional() @IsUUID() accountId?: string;
}

export class BlockedIntervalDto {
  @ApiProperty({ format: 'date-time', example: '2026-10-28T12:00:00+09:00' }) @IsInstant() from: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T13:00:00+09:00', description: 'Exclusive; after from' }) @IsInstant() @IsAfterField('from', { valid: isInstant, compare: compareInstants }) to: string;
}

export class AvailabilityDto {
  @ApiProperty({ type: [BlockedIntervalDto] })
  @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => BlockedIntervalDto) blocked: BlockedIntervalDto[];
}
