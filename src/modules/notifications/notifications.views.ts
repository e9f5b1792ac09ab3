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

export class NotificationView {
  @ApiProperty({ format: 'uuid', example: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: '1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6' }) eventId: string | null;
  @ApiProperty({ enum: NOTIFICATION_TYPES, example: 'meeting.booked' }) type: string;
  @ApiProperty({
    type: 'object', additionalProperties: true, example: { meetingId: '5e6f7081-92a3-4b4c-8d5e-6f708192a3b4', requestId: '6f708192-a3b4-4c5d-9e6f-708192a3b4c5' },
    description: 'Ids of what it is about (meetingId, requestId, sessionId, …) by type',
  })
  payload: Record<string, unknown>;
  @ApiProperty({ format: 'date-time', example: '2026-10-20T10:00:00+09:00', description: "In the event's time zone (UTC without an event)" }) createdAt: string;
  @ApiProperty({ example: false }) read: boolean;
}

/** A page of notifications and how many of all the caller's are unread (for the badge). */
@ApiSchema({ name: 'NotificationListPage' })
export class NotificationListView extends PageView(NotificationView) {
  @ApiProperty({ type: 'integer', minimum: 0, example: 2, description: 'Unread notifications across all pages' }) unread: number;
}
