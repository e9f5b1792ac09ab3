import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsLocalDate } from '../../common/validation/date-time';
import { COLLABORATION_TYPES, SECTOR_CODES } from '../../common/domain/sectors';
import type { CollaborationType, SectorCode } from '../../common/domain/sectors';
import { PageQuery } from '../../common/pagination/pagination';
import { EmptyAsUndefined, NormalizeList, NormalizeText } from '../../common/validation/transforms';
import { OneOfEach, Text, TextList } from '../../common/validation/validators';
import { Demand } from './demand.entity';
import type { DemandView } from './demands.views';


export class CreateDemandDto {
  @ApiProperty({ example: '차량용 전력반도체 SiC 모듈 공동개발' }) @Text(300) title: string;
  @ApiProperty({ example: 'We seek SiC power modules for 800V EV inverters; PoC with our mobility division.' }) @Text(5000) description: string;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['system-semiconductor', 'future-mobility'] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @OneOfEach(SECTOR_CODES) sectors: SectorCode[];
  @ApiProperty({ example: ['SiC', '전력반도체', 'inverter'] }) @NormalizeList() @TextList(30) keywords: string[];
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 9, example: 6, nullable: true })
  @IsOptional() @IsInt() @Min(1) @Max(9) minTrl?: number | null;
  @ApiProperty({ enum: COLLABORATION_TYPES, isArray: true, example: ['poc', 'joint-development'] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @OneOfEach(COLLABORATION_TYPES) collaboration: CollaborationType[];
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-12-31', nullable: true })
  @IsOptional() @IsLocalDate() deadline?: string | null;
}

export class UpdateDemandDto extends PartialType(CreateDemandDto) {}

/** `DELETE /v1/demands/:id?reason=`: organizers removing another's demand say why (the owner is told). */
export class DemandRemovalQuery {
  @ApiPropertyOptional({ example: 'Duplicate of an earlier demand', description: 'Required when an organizer removes a company\'s demand' })
  @EmptyAsUndefined() @IsOptional() @Text(500) reason?: string;
}

export class DemandListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SECTOR_CODES }) @EmptyAsUndefined() @IsOptional() @IsIn(SECTOR_CODES) sector?: SectorCode;
  @ApiPropertyOptional({ example: '전력반도체' }) @EmptyAsUndefined() @NormalizeText() @IsOptional() @Text(200) q?: string;
  @ApiPropertyOptional({ description: 'Only the demands of this corporate account (e.g. the caller’s own)' })
  @EmptyAsUndefined() @IsOptional() @IsUUID() ownerId?: string;
}

export function toDemandView(d: Demand, owner?: { accountId: string; company: string } | null): DemandView {
  return {
    id: d.id, ownerId: d.ownerId, title: d.title, description: d.description, sectors: d.sectors, keywords: d.keywords,
    minTrl: d.minTrl, collaboration: d.collaboration, deadline: d.deadline, createdAt: d.createdAt, updatedAt: d.updatedAt,
    owner: owner ?? null,
  };
}
