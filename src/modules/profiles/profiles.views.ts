import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SECTOR_CODES, STAGES } from '../../common/domain/sectors';
import type { SectorCode, Stage } from '../../common/domain/sectors';
import { MoneyDto } from '../../common/validation/common.dto';

/** Response shapes of profiles (the example for other modules: one `*.views.ts` beside the `*.dto.ts`). */
export class StartupView {
  @ApiProperty({ format: 'uuid', example: '3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10' }) accountId: string;
  @ApiProperty({ example: '큐비트랩 (QubitLab)' }) name: string;
  @ApiProperty({ example: 'KR', description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiProperty({ enum: SECTOR_CODES, example: 'quantum' }) sector: SectorCode;
  @ApiProperty({ enum: STAGES, example: 'seed' }) stage: Stage;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 9, example: 5 }) trl: number;
  @ApiProperty({ type: MoneyDto }) fundingAsk: MoneyDto;
  @ApiProperty({ type: 'integer', example: 2021 }) foundedYear: number;
  @ApiProperty({ type: 'integer', example: 14 }) employees: number;
  @ApiProperty({ type: [String], example: ['양자컴퓨팅', 'quantum error correction'] }) keywords: string[];
  @ApiProperty({ example: '초전도 큐비트 기반 양자컴퓨팅 오류정정 칩을 개발합니다.' }) description: string;
  @ApiPropertyOptional({
    type: String, nullable: true, example: 'https://qubitlab.kr/deck.pdf',
    description: 'Only for the startup itself, organizers and investors matched to it (absent otherwise)',
  })
  deckUrl?: string | null;
}

export class InvestorView {
  @ApiProperty({ format: 'uuid', example: '7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e' }) accountId: string;
  @ApiProperty({ example: 'Han River Deep Tech Partners' }) firm: string;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['quantum', 'system-semiconductor'] }) sectors: SectorCode[];
  @ApiProperty({ enum: STAGES, isArray: true, example: ['seed', 'series-a'] }) stages: Stage[];
  @ApiProperty({ type: MoneyDto }) ticketMin: MoneyDto;
  @ApiProperty({ type: MoneyDto }) ticketMax: MoneyDto;
  @ApiProperty({ type: [String], example: ['KR', 'SG'], description: 'Empty = any country' }) countries: string[];
  @ApiProperty({ example: 'Seed to Series A in quantum and chips.' }) thesis: string;
  @ApiProperty({ type: 'integer', example: 10 }) maxMeetingsPerDay: number;
}

export class CorporateView {
  @ApiProperty({ format: 'uuid', example: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' }) accountId: string;
  @ApiProperty({ example: 'Hanbit Electronics' }) company: string;
  @ApiProperty({ example: 'KR' }) country: string;
  @ApiProperty({ type: String, nullable: true, example: '오픈이노베이션 프로그램 운영' }) description: string | null;
}

/** Any member's profile (by role), as `GET /v1/me` and the account list show it. */
export const PROFILE_VIEWS = [StartupView, InvestorView, CorporateView];
export type ProfileView = StartupView | InvestorView | CorporateView;
