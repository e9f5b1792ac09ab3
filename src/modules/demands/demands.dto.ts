import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsDateString, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { COLLABORATION_TYPES, SECTOR_CODES } from '../../common/domain/sectors';
import type { CollaborationType, SectorCode } from '../../common/domain/sectors';
import { PageQuery } from '../../common/pagination/pagination';
import { EmptyAsUndefined, NormalizeText } from '../../common/validation/transforms';
import { OneOfEach, Text, TextList } from '../../common/validation/validators';
import { Demand } from './demand.entity';

const normalizeList = () =>
  Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.normalize('NFC').trim() : v)) : value));

export class CreateDemandDto {
  @ApiProperty({ example: '차량용 전력반도체 SiC 모듈 공동개발' }) @Text(300) title: string;
  @ApiProperty({ example: 'We seek SiC power modules for 800V EV inverters; PoC with our mobility division.' }) @Text(5000) description: string;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['system-semiconductor', 'future-mobility'] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @OneOfEach(SECTOR_CODES) sectors: SectorCode[];
  @ApiProperty({ example: ['SiC', '전력반도체', 'inverter'] }) @normalizeList() @TextList(30) keywords: string[];
  @ApiPropertyOptional({ minimum: 1, maximum: 9, example: 6, nullable: true })
  @IsOptional() @IsInt() @Min(1) @Max(9) minTrl?: number | null;
  @ApiProperty({ enum: COLLABORATION_TYPES, isArray: true, example: ['poc', 'joint-development'] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @OneOfEach(COLLABORATION_TYPES) collaboration: CollaborationType[];
  @ApiPropertyOptional({ example: '2026-12-31', nullable: true })
  @IsOptional() @ValidateIf((_o, v) => v !== null) @IsDateString({ strict: true }, { message: 'deadline must be a date YYYY-MM-DD' }) deadline?: string | null;
}

export class UpdateDemandDto extends PartialType(CreateDemandDto) {}

export class DemandListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SECTOR_CODES }) @EmptyAsUndefined() @IsOptional() @IsIn(SECTOR_CODES) sector?: SectorCode;
  @ApiPropertyOptional({ example: '전력반도체' }) @EmptyAsUndefined() @NormalizeText() @IsOptional() @Text(200) q?: string;
  @ApiPropertyOptional({ description: 'Only the demands of this corporate account (e.g. the caller’s own)' })
  @EmptyAsUndefined() @IsOptional() @IsUUID() ownerId?: string;
}

export function toDemandView(d: Demand, owner?: { accountId: string; company: string } | null) {
  return {
    id: d.id, ownerId: d.ownerId, title: d.title, description: d.description, sectors: d.sectors, keywords: d.keywords,
    minTrl: d.minTrl, collaboration: d.collaboration, deadline: d.deadline, createdAt: d.createdAt, updatedAt: d.updatedAt,
    owner: owner ?? null,
  };
}
