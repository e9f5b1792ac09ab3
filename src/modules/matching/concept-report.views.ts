import { ApiProperty } from '@nestjs/swagger';
import { SECTOR_CODES } from '../../common/domain/sectors';

export class ConceptCountView {
  @ApiProperty({ example: 'solid-electrolyte', description: 'Catalogue concept id' }) id: string;
  @ApiProperty({ example: 'solid electrolyte' }) en: string;
  @ApiProperty({ example: '고체전해질' }) ko: string;
  @ApiProperty({ type: 'integer', example: 12, description: "The sector's startups that mention it" }) startups: number;
  @ApiProperty({ type: 'integer', example: 4, description: 'Investors covering the sector that mention it' }) investors: number;
  @ApiProperty({ type: 'integer', example: 1, description: 'Demands covering the sector that mention it' }) demands: number;
}

export class SectorConceptsView {
  @ApiProperty({ enum: SECTOR_CODES, example: 'future-mobility' }) sector: string;
  @ApiProperty({ example: 'Future mobility' }) en: string;
  @ApiProperty({ example: '미래 모빌리티' }) ko: string;
  @ApiProperty({ type: 'integer', example: 40 }) startups: number;
  @ApiProperty({ type: 'integer', example: 37, description: 'Startups whose profile mentions at least one catalogue concept' }) startupsWithConcepts: number;
  @ApiProperty({ type: [ConceptCountView], description: 'Most mentioned first (at most 10)' }) topConcepts: ConceptCountView[];
}

export class ConceptDemandView {
  @ApiProperty({ format: 'uuid', example: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d' }) id: string;
  @ApiProperty({ example: '수소 트럭용 연료전지 스택 공동개발' }) title: string;
}

export class UnmatchedConceptView {
  @ApiProperty({ example: 'fuel-cell' }) id: string;
  @ApiProperty({ example: 'fuel cell' }) en: string;
  @ApiProperty({ example: '연료전지' }) ko: string;
  @ApiProperty({ type: [ConceptDemandView], description: 'The demands that ask for it' }) demands: ConceptDemandView[];
}

export class ConceptPartiesView {
  @ApiProperty({ type: 'integer', example: 120 }) startups: number;
  @ApiProperty({ type: 'integer', example: 35 }) investors: number;
  @ApiProperty({ type: 'integer', example: 18 }) demands: number;
}

export class ConceptReportView {
  @ApiProperty({ format: 'uuid', example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' }) eventId: string;
  @ApiProperty({ type: ConceptPartiesView }) parties: ConceptPartiesView;
  @ApiProperty({ type: [SectorConceptsView], description: 'Sectors with startups, in the catalogue order' }) sectors: SectorConceptsView[];
  @ApiProperty({ type: [UnmatchedConceptView], description: 'Concepts demands ask for that no startup offers, even through a narrower concept' })
  unmatchedDemandConcepts: UnmatchedConceptView[];
}
