import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_STATUSES } from './booking.entities';

const ID = (example: string) => ApiProperty({ format: 'uuid', example });

export class RequestMeetingView {
  @ID('5e6f7081-92a3-4b4c-8d5e-6f708192a3b4') id: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T10:00:00+09:00' }) startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T10:30:00+09:00' }) endsAt: string;
  @ApiProperty({ type: 'integer', example: 12 }) table: number;
  @ApiProperty({ example: true, description: 'Until the schedule is published' }) provisional: boolean;
}

export class PartyNameView {
  @ID('3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10') accountId: string;
  @ApiProperty({ example: '큐비트랩 QubitLab', description: 'Startup name, firm or company (never an e-mail address)' }) name: string;
  @ApiProperty({ enum: ['startup', 'investor', 'corporate'], example: 'startup' }) role: string;
}

export class MeetingRequestView {
  @ID('6f708192-a3b4-4c5d-9e6f-708192a3b4c5') id: string;
  @ID('1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6') eventId: string;
  @ID('6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f') matchId: string;
  @ID('3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10') senderId: string;
  @ID('7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e') recipientId: string;
  @ID('3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10') startupId: string;
  @ID('7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e') counterpartId: string;
  @ApiProperty({ enum: ['sent', 'received'], nullable: true, example: 'sent', description: "The caller's side (null for organizers)" })
  direction: 'sent' | 'received' | null;
  @ApiProperty({ type: String, nullable: true, example: '양자 오류정정 로드맵을 논의하고 싶습니다.' }) message: string | null;
  @ApiProperty({ enum: REQUEST_STATUSES, example: 'booked' }) status: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Why it is unschedulable, declined or cancelled' }) reason: string | null;
  @ApiProperty({ type: RequestMeetingView, nullable: true, description: 'Once booked' }) meeting: RequestMeetingView | null;
  @ApiProperty({ format: 'date-time', example: '2026-10-01T10:00:00+09:00' }) createdAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-01T11:00:00+09:00' }) updatedAt: string;
  @ApiPropertyOptional({ type: PartyNameView, nullable: true, description: 'In lists: the startup of the request' }) startup?: PartyNameView | null;
  @ApiPropertyOptional({ type: PartyNameView, nullable: true, description: 'In lists: the investor or corporate of the request' }) counterpart?: PartyNameView | null;
}

export class MeetingView {
  @ID('5e6f7081-92a3-4b4c-8d5e-6f708192a3b4') id: string;
  @ID('6f708192-a3b4-4c5d-9e6f-708192a3b4c5') requestId: string;
  @ApiProperty({ type: [String], format: 'uuid', example: ['3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10', '7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e'], description: '[startup, counterpart]' })
  participants: string[];
  @ApiProperty({ enum: ['booked', 'cancelled', 'held'], example: 'booked' }) status: string;
  @ApiProperty({ type: 'integer', example: 1, description: 'Calendar SEQUENCE: grows with every move or cancellation' }) sequence: number;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T10:00:00+09:00' }) startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-28T10:30:00+09:00' }) endsAt: string;
  @ApiProperty({ type: 'integer', example: 12 }) table: number;
}
