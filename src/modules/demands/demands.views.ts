import { ApiProperty } from '@nestjs/swagger';
import { COLLABORATION_TYPES, SECTOR_CODES } from '../../common/domain/sectors';
import type { CollaborationType, SectorCode } from '../../common/domain/sectors';

export class DemandOwnerView {
  @ApiProperty({ format: 'uuid', example: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) accountId: string;
  @ApiProperty({ example: 'Hanbit Electronics' }) company: string;
}

export class DemandView {
  @ApiProperty({ format: 'uuid', example: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d' }) id: string;
  @ApiProperty({ format: 'uuid', example: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) ownerId: string;
  @ApiProperty({ example: '차량용 전력반도체 SiC 모듈 공동개발' }) title: string;
  @ApiProperty({ example: 'We seek SiC power modules for 800V EV inverters.' }) description: string;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['system-semiconductor', 'future-mobility'] }) sectors: SectorCode[];
  @ApiProperty({ type: [String], example: ['SiC', '전력반도체'] }) keywords: string[];
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 9, nullable: true, example: 6 }) minTrl: number | null;
  @ApiProperty({ enum: COLLABORATION_TYPES, isArray: true, example: ['poc', 'joint-development'] }) collaboration: CollaborationType[];
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-12-31' }) deadline: string | null;
  @ApiProperty({ type: String, format: 'date-time', example: '2026-09-01T09:00:00.000Z' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', example: '2026-09-01T09:00:00.000Z' }) updatedAt: Date;
  @ApiProperty({ type: DemandOwnerView, nullable: true, description: "The owner's company (null before its profile is written)" })
  owner: DemandOwnerView | null;
}
