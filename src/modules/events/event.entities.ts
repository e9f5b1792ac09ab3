import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SectorCode } from '../../common/domain/sectors';

@Entity('events')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') venue: string;
  @Column('text') timezone: string;
  @Column('date') startDate: string;
  @Column('date') endDate: string;
  /** Local wall-clock times, `HH:mm`. */
  @Column('text') dayStart: string;
  @Column('text') dayEnd: string;
  @Column('int') slotMinutes: number;
  @Column('int') tables: number;
  /** Per-event scoring weights; null = defaults. */
  @Column('jsonb', { nullable: true }) matchWeights: Record<string, number> | null;
  @Column('timestamptz', { nullable: true }) schedulePublishedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('ir_sessions')
export class IrSession {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') eventId: string;
  @Column('text') title: string;
  @Column('text') room: string;
  @Column('timestamptz') startsAt: Date;
  @Column('int') slotMinutes: number;
  @Column('int') slotCount: number;
  @Column('text', { array: true }) sectors: SectorCode[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('event_participants')
export class EventParticipant {
  @PrimaryColumn('uuid') eventId: string;
  @PrimaryColumn('uuid') accountId: string;
  @CreateDateColumn({ type: 'timestamptz' }) joinedAt: Date;
}

/** A half-open interval [startsAt, endsAt) in which a participant cannot meet. */
@Entity('availability_blocks')
export class AvailabilityBlock {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') eventId: string;
  @Column('uuid') accountId: string;
  @Column('timestamptz') startsAt: Date;
  @Column('timestamptz') endsAt: Date;
}
