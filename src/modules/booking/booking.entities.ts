import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TrackedRun } from '../../common/runs/tracked-run.entity';

export type BookingRunKind = 'schedule' | 'ir-allocation';

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'booked', 'unschedulable', 'cancelled'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const MEETING_STATUSES = ['booked', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

@Entity('meeting_requests')
export class MeetingRequest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') eventId: string;
  @Column('uuid') matchId: string;
  @Column('uuid') senderId: string;
  @Column('uuid') recipientId: string;
  @Column('uuid') startupId: string;
  @Column('uuid') counterpartId: string;
  @Column('text', { nullable: true }) message: string | null;
  @Column('text') status: RequestStatus;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('real') value: number;
  @Column('timestamptz', { nullable: true }) acceptedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('meetings')
export class Meeting {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') eventId: string;
  @Column('uuid') requestId: string;
  @Column('uuid') startupId: string;
  @Column('uuid') counterpartId: string;
  @Column('int') slot: number;
  @Column('int', { name: 'table_no' }) tableNo: number;
  @Column('timestamptz') startsAt: Date;
  @Column('timestamptz') endsAt: Date;
  @Column('text') status: MeetingStatus;
  @Column('int') sequence: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @Column('timestamptz', { nullable: true }) cancelledAt: Date | null;
}

export const IR_STATUSES = ['requested', 'allocated', 'waitlisted', 'withdrawn'] as const;
export type IrStatus = (typeof IR_STATUSES)[number];

@Entity('ir_requests')
export class IrRequest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') eventId: string;
  @Column('uuid') startupId: string;
  @Column('uuid', { array: true }) sessionIds: string[];
  @Column('text') status: IrStatus;
  @Column('int', { nullable: true }) waitlistPosition: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

@Entity('pitches')
export class Pitch {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') eventId: string;
  @Column('uuid') sessionId: string;
  @Column('uuid') requestId: string;
  @Column('uuid') startupId: string;
  @Column('int') position: number;
  @Column('timestamptz') startsAt: Date;
  @Column('timestamptz') endsAt: Date;
  @Column('text') status: 'scheduled' | 'cancelled';
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity('booking_runs')
export class BookingRun extends TrackedRun {
  @Column('text') kind: BookingRunKind;
  @Column('jsonb') stats: Record<string, unknown>;
  /**
   * Schedule runs: what the notify step is still to tell, one JSON document a line, a line per run attempt (see
   * ScheduleRunsService.notify); never loaded by find.
   */
  @Column('text', { nullable: true, select: false }) notices: string | null;
  /** Schedule runs: when the notify step wrote the run's notifications. */
  @Column('timestamptz', { nullable: true }) notifiedAt: Date | null;
}
