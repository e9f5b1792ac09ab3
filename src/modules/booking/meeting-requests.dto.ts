import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { IsInstant } from '../../common/validation/date-time';
import { PageQuery } from '../../common/pagination/pagination';
import { EmptyAsUndefined } from '../../common/validation/transforms';
import { Text } from '../../common/validation/validators';
import { REQUEST_STATUSES, type MeetingRequest, type RequestStatus } from './booking.entities';
import { formatInZone } from '../events/event-grid';
import type { MeetingRequestView, RequestMeetingView } from './meeting-requests.views';

export class CreateMeetingRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The match this meeting is for', example: '6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f' }) @IsUUID() matchId: string;
  @ApiPropertyOptional({ type: String, example: '양자 오류정정 로드맵을 논의하고 싶습니다.', nullable: true }) @IsOptional() @Text(2000, 0) message?: string;
}

export class MoveMeetingDto {
  @ApiPropertyOptional({ format: 'date-time', example: '2026-10-28T14:30:00+09:00', description: 'Start of the new slot' })
  @IsOptional() @IsInstant()
  startsAt?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, example: 12 }) @IsOptional() @IsInt() @Min(1) table?: number;
}

export class DeclineRequestDto {
  @ApiPropertyOptional({ example: 'Schedule is full this time' }) @IsOptional() @Text(500, 0) reason?: string;
}

export class MeetingRequestListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES }) @EmptyAsUndefined() @IsOptional() @IsIn(REQUEST_STATUSES) status?: RequestStatus;
  @ApiPropertyOptional({ enum: ['sent', 'received'] }) @EmptyAsUndefined() @IsOptional() @IsIn(['sent', 'received']) direction?: 'sent' | 'received';
}

export interface MeetingSummary {
  id: string;
  startsAt: Date;
  endsAt: Date;
  tableNo: number;
}

/** The fields of a request its view shows. */
export type RequestViewFields = Pick<
  MeetingRequest,
  'id' | 'eventId' | 'matchId' | 'senderId' | 'recipientId' | 'startupId' | 'counterpartId' | 'message' | 'status' | 'reason' | 'createdAt' | 'updatedAt'
>;

/** The caller's side of a request: null for anyone else (organizers). */
export const requestDirection = (callerId: string | null, r: { senderId: string; recipientId: string }): MeetingRequestView['direction'] =>
  callerId === r.senderId ? 'sent' : callerId === r.recipientId ? 'received' : null;

/** A request's booked meeting, its times already in the event's zone: provisional until the schedule is published. */
export const requestMeetingView = (id: string, startsAt: string, endsAt: string, table: number, published: boolean): RequestMeetingView => ({
  id, startsAt, endsAt, table, provisional: !published,
});

export function toMeetingRequestView(r: RequestViewFields, timezone: string, callerId: string | null, meeting: MeetingSummary | null, published: boolean): MeetingRequestView {
  return {
    id: r.id, eventId: r.eventId, matchId: r.matchId, senderId: r.senderId, recipientId: r.recipientId,
    startupId: r.startupId, counterpartId: r.counterpartId,
    direction: requestDirection(callerId, r),
    message: r.message, status: r.status, reason: r.reason,
    meeting: meeting
      ? requestMeetingView(meeting.id, formatInZone(meeting.startsAt, timezone), formatInZone(meeting.endsAt, timezone), meeting.tableNo, published)
      : null,
    createdAt: formatInZone(r.createdAt, timezone), updatedAt: formatInZone(r.updatedAt, timezone),
  };
}
