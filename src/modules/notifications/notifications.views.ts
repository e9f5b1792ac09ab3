import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { PageView } from '../../common/openapi/api-responses';
import type { NewNotification } from './notifications.service';

export const NOTIFICATION_TYPES = [
  'meeting.booked', 'meeting.moved', 'meeting.cancelled', 'request.received', 'request.accepted', 'request.declined',
  'request.unschedulable', 'pitch.allocated', 'pitch.waitlisted', 'pitch.cancelled', 'schedule.published', 'demand.removed',
  'meeting.checked-in', 'meeting.no-show', 'outcome.reminder',
] as const;

/** tsc fails here when a notification type is written somewhere but not documented above. */
const documentsEveryType: Exclude<NewNotification['type'], (typeof NOTIFICATION_TYPES)[number]> extends never ? true : false = true;
void documentsEveryType;

/** The payload fields clients show; the rest vary by type. */
export interface NotificationPayload {
  meetingId?: string;
  requestId?: string;
  sessionId?: string;
  startsAt?: string;
  table?: number;
  position?: number;
  reason?: string | null;
  [key: string]: unknown;
}

export class NotificationView {
  @ApiProperty({ format: 'uuid', example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' }) eventId: string | null;
  @ApiProperty({ enum: NOTIFICATION_TYPES, example: 'meeting.booked' }) type: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    // The fields clients show; others (ids of who acted, …) vary by type.
    properties: {
      meetingId: { type: 'string', format: 'uuid', description: 'meeting.*' },
      requestId: { type: 'string', format: 'uuid', description: 'request.*, meeting.booked/moved/cancelled, pitch.allocated' },
      sessionId: { type: 'string', format: 'uuid', description: 'pitch.allocated' },
      startsAt: { type: 'string', format: 'date-time', description: "meeting.booked/moved, pitch.allocated: in the event's time zone" },
      table: { type: 'integer', minimum: 1, description: 'meeting.booked/moved/checked-in' },
      position: { type: 'integer', minimum: 1, description: 'pitch.allocated: place in the line-up' },
      reason: { type: 'string', nullable: true, description: 'request.declined/unschedulable, meeting.cancelled' },
    },
    example: { meetingId: '5e6f7081-92a3-4b4c-8d5e-6f708192a3b4', requestId: '6f708192-a3b4-4c5d-9e6f-708192a3b4c5', startsAt: '2026-10-28T10:30:00+09:00', table: 12 },
    description: 'What it is about, by type: ids (meetingId, requestId, sessionId, …) and the facts a client shows (startsAt, table, position, reason)',
  })
  payload: NotificationPayload;
  @ApiProperty({ format: 'date-time', example: '2026-10-20T10:00:00+09:00', description: "In the event's time zone (UTC without an event)" }) createdAt: string;
  @ApiProperty({ example: false }) read: boolean;
}

/** A page of notifications and how many of all the caller's are unread (for the badge). */
@ApiSchema({ name: 'NotificationListPage' })
export class NotificationListView extends PageView(NotificationView) {
  @ApiProperty({ type: 'integer', minimum: 0, example: 2, description: 'Unread notifications across all pages' }) unread: number;
}
