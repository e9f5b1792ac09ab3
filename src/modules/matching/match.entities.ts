import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedRun } from '../../common/runs/tracked-run.entity';

export const DECISIONS = ['interested', 'maybe', 'declined'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECLINE_REASONS = ['stage', 'sector', 'ticket', 'traction', 'team', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export type MatchSide = 'startup' | 'counterpart';

@Entity('matches')
export class Match {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') eventId: string;
  @Column('uuid') startupId: string;
  @Column('uuid', { nullable: true }) investorId: string | null;
  @Column('uuid', { nullable: true }) demandId: string | null;
  @Column({ type: 'uuid', generatedType: 'STORED', asExpression: 'coalesce(investor_id, demand_id)', insert: false, update: false })
  counterpartId: string;
  @Column('real') score: number;
  @Column('real', { nullable: true }) fSector: number | null;
  @Column('real', { nullable: true }) fStage: number | null;
  @Column('real', { nullable: true }) fTicket: number | null;
  @Column('real', { nullable: true }) fGeography: number | null;
  @Column('real', { nullable: true }) fTrl: number | null;
  @Column('real', { nullable: true }) fText: number | null;
  @Column('text', { nullable: true }) excluded: string | null;
  @Column('boolean') inStartupTop: boolean;
  @Column('boolean') inCounterpartTop: boolean;
  @Column('timestamptz') scoredAt: Date;
}

@Entity('match_decisions')
export class MatchDecision {
  @PrimaryColumn('uuid') matchId: string;
  @PrimaryColumn('text') side: MatchSide;
  @Column('uuid') accountId: string;
  @Column('text') decision: Decision;
  @Column('text', { nullable: true }) note: string | null;
  @Column('text', { nullable: true }) reason: DeclineReason | null;
  @Column('timestamptz') decidedAt: Date;
}

@Entity('match_runs')
export class MatchRun extends TrackedRun {
  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) pairsScored: number;
  @Column('int') matchesStored: number;
}
