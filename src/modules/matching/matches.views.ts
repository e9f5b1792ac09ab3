import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COLLABORATION_TYPES, SECTOR_CODES, STAGES } from '../../common/domain/sectors';
import { MoneyDto } from '../../common/validation/common.dto';
import { DemandOwnerView } from '../demands/demands.views';
import { StartupView } from '../profiles/profiles.views';
import { DECISIONS, DECLINE_REASONS } from './match.entities';

const factor = (example: number | null, what: string) =>
  ApiProperty({ type: 'number', minimum: 0, maximum: 1, nullable: true, example, description: `${what}: 0–1, null where it does not apply` });

/** Every factor's similarity; all six keys are always present. */
export class BreakdownView {
  @factor(1, 'Sector') sector: number | null;
  @factor(0.5, 'Stage') stage: number | null;
  @factor(0.82, 'Ticket vs funding ask') ticket: number | null;
  @factor(1, 'Geography') geography: number | null;
  @factor(null, 'TRL vs the demand\'s minimum (demands only)') trl: number | null;
  @factor(0.31, 'Text similarity') text: number | null;
}

export class MatchInvestorView {
  @ApiProperty({ format: 'uuid', example: '7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e' }) accountId: string;
  @ApiProperty({ example: 'Han River Deep Tech Partners' }) firm: string;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['quantum'] }) sectors: string[];
  @ApiProperty({ enum: STAGES, isArray: true, example: ['seed', 'series-a'] }) stages: string[];
  @ApiProperty({ type: MoneyDto }) ticketMin: MoneyDto;
  @ApiProperty({ type: MoneyDto }) ticketMax: MoneyDto;
  @ApiProperty({ type: [String], example: ['KR'] }) countries: string[];
  @ApiProperty({ example: 'Seed to Series A in quantum and chips.' }) thesis: string;
}

export class MatchDemandView {
  @ApiProperty({ format: 'uuid', example: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d' }) id: string;
  @ApiProperty({ example: '차량용 전력반도체 SiC 모듈 공동개발' }) title: string;
  @ApiProperty({ example: 'We seek SiC power modules for 800V EV inverters.' }) description: string;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['system-semiconductor'] }) sectors: string[];
  @ApiProperty({ type: [String], example: ['SiC'] }) keywords: string[];
  @ApiProperty({ type: 'integer', nullable: true, example: 6 }) minTrl: number | null;
  @ApiProperty({ enum: COLLABORATION_TYPES, isArray: true, example: ['poc'] }) collaboration: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-12-31' }) deadline: string | null;
  @ApiProperty({ type: DemandOwnerView }) owner: DemandOwnerView;
}

export class DecisionView {
  @ApiProperty({ enum: DECISIONS, example: 'interested' }) decision: string;
  @ApiProperty({ type: String, nullable: true, example: '팀 역량 우수' }) note: string | null;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true, example: null }) reason: string | null;
}

/** Organizers only: both sides' decisions. */
export class MatchDecisionsView {
  @ApiProperty({ type: DecisionView, nullable: true }) startup: DecisionView | null;
  @ApiProperty({ type: DecisionView, nullable: true }) counterpart: DecisionView | null;
}

export class MatchView {
  @ApiProperty({ format: 'uuid', example: '6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f', description: 'Shared by both sides' }) id: string;
  @ApiProperty({ format: 'uuid', example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' }) eventId: string;
  @ApiProperty({ enum: ['investor', 'demand'], example: 'investor' }) kind: string;
  @ApiProperty({ type: 'number', minimum: 0, maximum: 100, example: 87.5 }) score: number;
  @ApiProperty({ type: BreakdownView }) breakdown: BreakdownView;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The hard rule that forced the score to 0, if any' }) excluded: string | null;
  @ApiProperty({ type: StartupView, description: '`deckUrl` only for the startup itself, organizers and investors matched to it' }) startup: StartupView;
  @ApiProperty({ type: MatchInvestorView, nullable: true }) investor: MatchInvestorView | null;
  @ApiProperty({ type: MatchDemandView, nullable: true }) demand: MatchDemandView | null;
  @ApiProperty({ enum: DECISIONS, nullable: true, example: 'interested', description: "The caller's own decision (null: undecided, or the caller is not a party)" })
  myDecision: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2차 미팅 희망', description: "The caller's private note (parties only)" }) myNote?: string | null;
  @ApiPropertyOptional({ enum: DECLINE_REASONS, nullable: true, description: "The caller's decline reason (parties only)" }) myReason?: string | null;
  @ApiProperty({ example: true, description: 'Both sides are interested' }) mutual: boolean;
  @ApiPropertyOptional({ type: MatchDecisionsView, description: 'Organizers only' }) decisions?: MatchDecisionsView;
}

export class MatchRunView {
  @ApiProperty({ format: 'uuid', example: '0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11' }) id: string;
  @ApiProperty({ format: 'uuid', example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' }) eventId: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'], example: 'done' }) status: string;
  @ApiProperty({ type: 'number', minimum: 0, maximum: 1, example: 1 }) progress: number;
  @ApiProperty({ type: 'integer', example: 12000 }) pairsScored: number;
  @ApiProperty({ type: 'integer', example: 2400 }) matchesStored: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-20T10:00:01+09:00' }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-20T10:00:03+09:00' }) finishedAt: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-20T10:00:00+09:00' }) createdAt: string;
  @ApiPropertyOptional({ example: 'Event not found', description: 'Why a failed run failed' }) error?: string;
}

export class DeclineReasonCountView {
  @ApiProperty({ enum: ['startup', 'counterpart'], example: 'counterpart' }) side: string;
  @ApiProperty({ enum: ['investor', 'demand'], example: 'investor' }) kind: string;
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true, example: 'stage' }) reason: string | null;
  @ApiProperty({ type: 'integer', example: 4 }) count: number;
}

export class DeclineReasonsView {
  @ApiProperty({ type: [DeclineReasonCountView], description: 'Most frequent first' }) items: DeclineReasonCountView[];
}
