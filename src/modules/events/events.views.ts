import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SECTOR_CODES } from '../../common/domain/sectors';
import { ROLES, type Role } from '../accounts/account.entity';
import { EventEntity, IrSession } from './event.entities';
import { EventGrid, formatInZone } from './event-grid';

export class MeetingGridView {
  @ApiProperty({ example: '09:00', description: 'Local HH:mm' }) dayStart: string;
  @ApiProperty({ example: '18:00', description: 'Local HH:mm' }) dayEnd: string;
  @ApiProperty({ type: 'integer', example: 30 }) slotMinutes: number;
  @ApiProperty({ type: 'integer', example: 40 }) tables: number;
  @ApiProperty({ type: 'integer', example: 18, description: 'Meeting slots per day' }) slotsPerDay: number;
}

/** The event's scoring weights where set (integers 0–100 per factor); null: the defaults. */
export class MatchWeightsView {
  @ApiPropertyOptional({ type: 'integer', example: 30 }) sector?: number;
  @ApiPropertyOptional({ type: 'integer', example: 15 }) stage?: number;
  @ApiPropertyOptional({ type: 'integer', example: 15 }) ticket?: number;
  @ApiPropertyOptional({ type: 'integer', example: 10 }) geography?: number;
  @ApiPropertyOptional({ type: 'integer', example: 10 }) trl?: number;
  @ApiPropertyOptional({ type: 'integer', example: 20 }) text?: number;
}

export class EventView {
  @ApiProperty({ format: 'uuid', example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' }) id: string;
  @ApiProperty({ example: 'Global Super-Gap Tech Conference 2026' }) name: string;
  @ApiProperty({ example: 'COEX, Seoul' }) venue: string;
  @ApiProperty({ example: 'Asia/Seoul', description: 'IANA time zone; every instant of the event is shown with its offset' }) timezone: string;
  @ApiProperty({ format: 'date', example: '2026-10-28' }) startDate: string;
  @ApiProperty({ format: 'date', example: '2026-10-29', description: 'Inclusive' }) endDate: string;
  @ApiProperty({ type: MeetingGridView }) meetingGrid: MeetingGridView;
  @ApiProperty({ type: MatchWeightsView, nullable: true }) matchWeights: MatchWeightsView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-20T18:00:00+09:00', description: 'Set once the schedule is published' })
  schedulePublishedAt: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-09-01T10:00:00+09:00' }) createdAt: string;
}

export class IrSessionView {
  @ApiProperty({ format: 'uuid', example: '2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091' }) id: string;
  @ApiProperty({ format: 'uuid', example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' }) eventId: string;
  @ApiProperty({ example: 'Quantum & Semiconductors IR' }) title: string;
  @ApiProperty({ example: 'Hall B2' }) room: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T14:00:00+09:00' }) startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T15:40:00+09:00' }) endsAt: string;
  @ApiProperty({ type: 'integer', example: 10 }) slotMinutes: number;
  @ApiProperty({ type: 'integer', example: 10, description: 'Pitches in the session' }) slotCount: number;
  @ApiProperty({ enum: SECTOR_CODES, isArray: true, example: ['quantum'] }) sectors: string[];
}

export class ParticipantView {
  @ApiProperty({ format: 'uuid', example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' }) eventId: string;
  @ApiProperty({ format: 'uuid', example: '3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10' }) accountId: string;
  @ApiProperty({ enum: ROLES, example: 'startup' }) role: Role;
  @ApiProperty({ example: '큐비트랩 김하늘' }) displayName: string;
  @ApiProperty({ type: String, format: 'date-time', example: '2026-09-02T10:00:00.000Z' }) joinedAt: Date | string;
}

/** A participant as the event's list shows it. */
export class ParticipantListItemView {
  @ApiProperty({ format: 'uuid', example: '3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10' }) accountId: string;
  @ApiProperty({ enum: ROLES, example: 'startup' }) role: Role;
  @ApiProperty({ example: '큐비트랩 김하늘' }) displayName: string;
  @ApiProperty({ enum: ['pending', 'active', 'rejected'], example: 'active' }) status: string;
  @ApiProperty({ format: 'date-time', example: '2026-09-02T19:00:00+09:00' }) joinedAt: string;
}

export class BlockedIntervalView {
  @ApiProperty({ format: 'date-time', example: '2026-10-28T12:00:00+09:00' }) from: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T13:00:00+09:00', description: 'Exclusive' }) to: string;
}

export class AvailabilityView {
  @ApiProperty({ type: [BlockedIntervalView], description: 'Half-open [from, to) intervals the participant cannot meet in' })
  blocked: BlockedIntervalView[];
}

export function gridOf(event: EventEntity): EventGrid {
  return new EventGrid({
    timezone: event.timezone, startDate: event.startDate, endDate: event.endDate,
    dayStart: event.dayStart, dayEnd: event.dayEnd, slotMinutes: event.slotMinutes,
  });
}

export function toEventView(event: EventEntity): EventView {
  const grid = gridOf(event);
  return {
    id: event.id, name: event.name, venue: event.venue, timezone: event.timezone,
    startDate: event.startDate, endDate: event.endDate,
    meetingGrid: { dayStart: event.dayStart, dayEnd: event.dayEnd, slotMinutes: event.slotMinutes, tables: event.tables, slotsPerDay: grid.slotsPerDay },
    matchWeights: event.matchWeights,
    schedulePublishedAt: event.schedulePublishedAt ? formatInZone(event.schedulePublishedAt, event.timezone) : null,
    createdAt: formatInZone(event.createdAt, event.timezone),
  };
}

export function irSessionEnd(session: IrSession): Date {
  return new Date(session.startsAt.getTime() + session.slotMinutes * session.slotCount * 60_000);
}

export function toIrSessionView(session: IrSession, timezone: string): IrSessionView {
  return {
    id: session.id, eventId: session.eventId, title: session.title, room: session.room,
    startsAt: formatInZone(session.startsAt, timezone), endsAt: formatInZone(irSessionEnd(session), timezone),
    slotMinutes: session.slotMinutes, slotCount: session.slotCount, sectors: session.sectors,
  };
}
