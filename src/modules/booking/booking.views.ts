import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SECTOR_CODES } from '../../common/domain/sectors';
import { IrSessionView } from '../events/events.views';

const ID = (example: string) => ApiProperty({ format: 'uuid', example });
const INSTANT = (example: string) => ApiProperty({ format: 'date-time', example });

export class PitchView {
  @ID('4d5e6f70-8192-4a3b-9c4d-5e6f708192a3') id: string;
  @ID('2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091') sessionId: string;
  @ApiProperty({ type: 'integer', example: 3, description: 'Place in the session, from 1' }) position: number;
  @INSTANT('2026-10-28T14:20:00+09:00') startsAt: string;
  @INSTANT('2026-10-28T14:30:00+09:00') endsAt: string;
}

export class IrRequestView {
  @ID('8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b') id: string;
  @ID('1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6') eventId: string;
  @ID('3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10') startupId: string;
  @ApiProperty({ type: [String], format: 'uuid', example: ['2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091'], description: 'Ranked preferences' }) sessionIds: string[];
  @ApiProperty({ enum: ['requested', 'allocated', 'waitlisted', 'withdrawn'], example: 'allocated' }) status: string;
  @ApiPropertyOptional({ type: PitchView, description: 'When allocated' }) pitch?: PitchView;
  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 2, description: 'When waitlisted: 1 is next' }) waitlistPosition?: number | null;
  @INSTANT('2026-10-01T10:00:00+09:00') createdAt: string;
}

export class LineupStartupView {
  @ID('3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10') accountId: string;
  @ApiProperty({ example: '큐비트랩 (QubitLab)' }) name: string;
  @ApiProperty({ enum: SECTOR_CODES, example: 'quantum' }) sector: string;
}

export class LineupEntryView {
  @ApiProperty({ type: 'integer', example: 1 }) position: number;
  @INSTANT('2026-10-28T14:00:00+09:00') startsAt: string;
  @INSTANT('2026-10-28T14:10:00+09:00') endsAt: string;
  @ApiProperty({ type: LineupStartupView }) startup: LineupStartupView;
}

export class IrSessionLineupView extends IrSessionView {
  @ApiProperty({ type: [LineupEntryView] }) lineup: LineupEntryView[];
  @ApiProperty({ type: 'integer', example: 2 }) freePositions: number;
}

/**
 * A schedule run or IR allocation. While queued or running only the common fields are present; a finished schedule
 * run carries the plan's figures, a finished IR allocation `requests`, `allocated` and `waitlisted`.
 */
export class BookingRunView {
  @ID('0b9c6f1e-6d0b-4c55-9f55-2d2c9f1a4e11') id: string;
  @ID('1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6') eventId: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'], example: 'done' }) status: string;
  @ApiPropertyOptional({ type: 'number', minimum: 0, maximum: 1, example: 1, description: 'Share of the work done' }) progress?: number;
  @INSTANT('2026-10-20T10:00:00+09:00') createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-20T10:00:01+09:00' }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-10-20T10:00:02+09:00' }) finishedAt: string | null;
  @ApiPropertyOptional({ example: 'Event not found', description: 'Why a failed run failed' }) error?: string;
}

export class ScheduleRunView extends BookingRunView {
  @ApiPropertyOptional({ type: 'integer', example: 1200, description: 'Accepted requests planned' }) accepted?: number;
  @ApiPropertyOptional({ type: 'integer', example: 1180 }) booked?: number;
  @ApiPropertyOptional({ type: 'integer', example: 20 }) unschedulable?: number;
  @ApiPropertyOptional({ type: 'integer', example: 1184, description: 'True upper bound on the meetings any valid plan books' }) upperBound?: number;
  @ApiPropertyOptional({ type: 'number', example: 0.9966, description: 'booked / upperBound' }) ratio?: number;
  @ApiPropertyOptional({ type: 'number', example: 97250, description: 'Total value of the booked requests' }) value?: number;
  @ApiPropertyOptional({ type: 'number', example: 97400, description: 'True upper bound on the value of any valid plan' }) valueUpperBound?: number;
  @ApiPropertyOptional({ type: 'number', example: 0.9985 }) valueRatio?: number;
  @ApiPropertyOptional({ type: 'integer', example: 0, description: 'Meetings kept where they were (published)' }) fixed?: number;
  @ApiPropertyOptional({ type: 'integer', example: 300 }) startupsWithRequests?: number;
  @ApiPropertyOptional({ type: 'integer', example: 298 }) startupsThatCanMeet?: number;
  @ApiPropertyOptional({ type: 'integer', example: 298 }) startupsWithMeeting?: number;
  @ApiPropertyOptional({ type: 'integer', example: 240, description: 'Optimizer time in milliseconds' }) ms?: number;
}

export class IrAllocationRunView extends BookingRunView {
  @ApiPropertyOptional({ type: 'integer', example: 40 }) requests?: number;
  @ApiPropertyOptional({ type: 'integer', example: 30 }) allocated?: number;
  @ApiPropertyOptional({ type: 'integer', example: 10 }) waitlisted?: number;
}

export class PublishView {
  @ID('1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6') eventId: string;
  @INSTANT('2026-10-25T18:00:00+09:00') publishedAt: string;
  @ApiProperty({ type: 'integer', example: 1180, description: 'Meetings frozen' }) meetings: number;
}

export class BusyParticipantView {
  @ID('7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e') id: string;
  @ApiProperty({ enum: ['startup', 'counterpart'], example: 'counterpart' }) side: string;
  @ApiProperty({ type: 'integer', example: 30 }) requests: number;
  @ApiProperty({ type: 'integer', example: 20, description: 'Meetings the person could hold at most' }) capacity: number;
  @ApiProperty({ type: 'integer', example: 10, description: 'Requests beyond that capacity' }) excess: number;
}

export class CapacityView {
  @ApiProperty({ type: 'integer', example: 1200, description: 'Accepted requests' }) requests: number;
  @ApiProperty({ type: 'integer', example: 36 }) slots: number;
  @ApiProperty({ type: 'integer', example: 40 }) tables: number;
  @ApiProperty({ type: 'integer', example: 1440 }) tableSlots: number;
  @ApiProperty({ type: 'number', nullable: true, example: 0.83, description: 'requests / tableSlots' }) tableUtilisation: number | null;
  @ApiProperty({ type: 'integer', example: 39, description: 'ceil(requests / slots) plus 15 % headroom' }) tablesNeeded: number;
  @ApiProperty({ type: 'integer', example: 3 }) overbookedParticipants: number;
  @ApiProperty({ type: [BusyParticipantView] }) busiest: BusyParticipantView[];
  @ApiProperty({ type: [String], example: ['3 participants have more requests than free slots'] }) warnings: string[];
}
