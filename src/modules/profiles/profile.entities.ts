import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { SectorCode, Stage } from '../../common/domain/sectors';

/** bigint columns come back from pg as strings; amounts in minor units stay below 2^53 by validation. */
export const bigintNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('startup_profiles')
export class StartupProfile {
  @PrimaryColumn('uuid')
  accountId: string;
  @Column('text') name: string;
  @Column('text') country: string;
  @Column('text') sector: SectorCode;
  @Column('text') stage: Stage;
  @Column('int') trl: number;
  @Column('bigint', { transformer: bigintNumber }) fundingAskAmount: number;
  @Column('text') fundingAskCurrency: string;
  @Column('int') foundedYear: number;
  @Column('int') employees: number;
  @Column('text', { array: true }) keywords: string[];
  @Column('text') description: string;
  @Column('text', { nullable: true }) deckUrl: string | null;
  /** Lower-cased name, description and keywords for `q` (see ProfileSearch). */
  @Column('text', { select: false }) searchText: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('investor_profiles')
export class InvestorProfile {
  @PrimaryColumn('uuid')
  accountId: string;
  @Column('text') firm: string;
  @Column('text', { array: true }) sectors: SectorCode[];
  @Column('text', { array: true }) stages: Stage[];
  @Column('bigint', { transformer: bigintNumber }) ticketMinAmount: number;
  @Column('text') ticketMinCurrency: string;
  @Column('bigint', { transformer: bigintNumber }) ticketMaxAmount: number;
  @Column('text') ticketMaxCurrency: string;
  @Column('text', { array: true }) countries: string[];
  @Column('text') thesis: string;
  @Column('int') maxMeetingsPerDay: number;
  @Column('text', { select: false }) searchText: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('corporate_profiles')
export class CorporateProfile {
  @PrimaryColumn('uuid')
  accountId: string;
  @Column('text') company: string;
  @Column('text') country: string;
  @Column('text', { nullable: true }) description: string | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
