import { ApiProperty, getSchemaPath } from '@nestjs/swagger';

const ID = (example: string) => ApiProperty({ format: 'uuid', example });
const INSTANT = (example: string) => ApiProperty({ format: 'date-time', example });

export class AgendaPartyView {
  @ID('7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e') accountId: string;
  @ApiProperty({ example: 'Han River Deep Tech Partners', description: 'Startup name, firm or company' }) name: string;
  @ApiProperty({ enum: ['startup', 'investor', 'corporate'], example: 'investor' }) role: string;
}

export class AgendaMeetingView {
  @ApiProperty({ enum: ['meeting'], example: 'meeting' }) type: 'meeting';
  @ID('5e6f7081-92a3-4b4c-8d5e-6f708192a3b4') id: string;
  @ID('6f708192-a3b4-4c5d-9e6f-708192a3b4c5') requestId: string;
  @INSTANT('2026-10-28T10:00:00+09:00') startsAt: string;
  @INSTANT('2026-10-28T10:30:00+09:00') endsAt: string;
  @ApiProperty({ type: 'integer', example: 12 }) table: number;
  @ApiProperty({ enum: ['booked', 'cancelled'], example: 'booked' }) status: string;
  @ApiProperty({ example: true, description: 'Until the schedule is published' }) provisional: boolean;
  @ApiProperty({ type: AgendaPartyView, description: 'The other party' }) with: AgendaPartyView;
}

export class AgendaPitchView {
  @ApiProperty({ enum: ['pitch'], example: 'pitch' }) type: 'pitch';
  @ID('4d5e6f70-8192-4a3b-9c4d-5e6f708192a3') id: string;
  @ID('2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091') sessionId: string;
  @ApiProperty({ example: 'Quantum & Semiconductors IR', description: 'Session title' }) session: string;
  @ApiProperty({ example: 'Hall B2' }) room: string;
  @ApiProperty({ type: 'integer', example: 3 }) position: number;
  @INSTANT('2026-10-28T14:20:00+09:00') startsAt: string;
  @INSTANT('2026-10-28T14:30:00+09:00') endsAt: string;
}

export class AgendaView {
  @ID('1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6') eventId: string;
  @ApiProperty({ example: 'Asia/Seoul' }) timezone: string;
  @ApiProperty({ example: false }) published: boolean;
  @ApiProperty({
    type: 'array',
    items: {
      oneOf: [{ $ref: getSchemaPath(AgendaMeetingView) }, { $ref: getSchemaPath(AgendaPitchView) }],
      discriminator: { propertyName: 'type', mapping: { meeting: getSchemaPath(AgendaMeetingView), pitch: getSchemaPath(AgendaPitchView) } },
    },
    description: "The caller's meetings and pitches in time order",
  })
  items: (AgendaMeetingView | AgendaPitchView)[];
}

export class ScheduleStartupView {
  @ID('3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10') accountId: string;
  @ApiProperty({ example: '큐비트랩 (QubitLab)' }) name: string;
}

export class ScheduleMeetingView {
  @ID('5e6f7081-92a3-4b4c-8d5e-6f708192a3b4') id: string;
  @INSTANT('2026-10-28T10:00:00+09:00') startsAt: string;
  @INSTANT('2026-10-28T10:30:00+09:00') endsAt: string;
  @ApiProperty({ type: 'integer', example: 2, description: 'Slot index: day × slotsPerDay + slot of the day' }) slot: number;
  @ApiProperty({ type: 'integer', example: 12 }) table: number;
  @ApiProperty({ type: [String], format: 'uuid', example: ['3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10', '7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e'], description: '[startup, counterpart]' })
  participants: string[];
  @ID('6f708192-a3b4-4c5d-9e6f-708192a3b4c5') requestId: string;
  @ApiProperty({ type: ScheduleStartupView }) startup: ScheduleStartupView;
  @ApiProperty({ type: AgendaPartyView }) counterpart: AgendaPartyView;
  @ApiProperty({ type: 'integer', example: 0 }) sequence: number;
}

export class SchedulePitchView {
  @ID('4d5e6f70-8192-4a3b-9c4d-5e6f708192a3') id: string;
  @ID('2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091') sessionId: string;
  @ApiProperty({ example: 'Quantum & Semiconductors IR' }) session: string;
  @ApiProperty({ example: 'Hall B2' }) room: string;
  @ApiProperty({ type: 'integer', example: 3 }) position: number;
  @INSTANT('2026-10-28T14:20:00+09:00') startsAt: string;
  @INSTANT('2026-10-28T14:30:00+09:00') endsAt: string;
  @ID('3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10') accountId: string;
  @ApiProperty({ example: '큐비트랩 (QubitLab)' }) name: string;
}

export class ScheduleView {
  @ID('1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6') eventId: string;
  @ApiProperty({ example: 'Asia/Seoul' }) timezone: string;
  @ApiProperty({ example: true }) published: boolean;
  @ApiProperty({ type: [ScheduleMeetingView], description: 'Every booked meeting (not paginated)' }) meetings: ScheduleMeetingView[];
  @ApiProperty({ type: [SchedulePitchView] }) pitches: SchedulePitchView[];
}

export class CalendarFeedLinkView {
  @ApiProperty({ example: '/v1/calendar-feeds/eyJhbGciOi…/agenda.ics', description: 'Path of the subscription feed on this server (readable without a token; keep it private)' })
  path: string;
  @ApiProperty({ type: 'integer', example: 31536000, description: 'Seconds until the link stops working' }) expiresIn: number;
}

const INDEXES = (description: string, example: number[]) => ApiProperty({ type: 'array', items: { type: 'integer', minimum: 0 }, example, description });

/** Everyone on the board, once: the i-th person is `accountId[i]`, `name[i]`, `role[i]`. */
export class ScheduleBoardPeopleView {
  @ApiProperty({ type: [String], format: 'uuid', example: ['3f1c2b7e-8a9d-4e36-b0a4-2c1f5d7e9a10', '7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e'] })
  accountId: string[];
  @ApiProperty({ type: [String], example: ['큐비트랩 (QubitLab)', 'Han River Deep Tech Partners'], description: 'Startup name, firm or company' })
  name: string[];
  @ApiProperty({ enum: ['startup', 'investor', 'corporate'], isArray: true, example: ['startup', 'investor'] })
  role: string[];
}

/** The meeting times in use, once, in order: the i-th is `startsAt[i]` to `endsAt[i]`. */
export class ScheduleBoardTimesView {
  @ApiProperty({ type: [String], format: 'date-time', example: ['2026-10-28T10:00:00+09:00'] }) startsAt: string[];
  @ApiProperty({ type: [String], format: 'date-time', example: ['2026-10-28T10:30:00+09:00'] }) endsAt: string[];
}

/** Every booked meeting as columns: the i-th meeting is `id[i]` at `times[time[i]]`, table `table[i]`, between `people[startup[i]]` and `people[counterpart[i]]`. */
export class ScheduleBoardMeetingsView {
  @ApiProperty({ type: [String], format: 'uuid', example: ['5e6f7081-92a3-4b4c-8d5e-6f708192a3b4'] }) id: string[];
  @INDEXES('Index into `times`', [0]) time: number[];
  @ApiProperty({ type: 'array', items: { type: 'integer', minimum: 1 }, example: [12] }) table: number[];
  @INDEXES('Index into `people`: the startup', [0]) startup: number[];
  @INDEXES('Index into `people`: the investor or corporate', [1]) counterpart: number[];
}

export class ScheduleBoardPitchView {
  @ApiProperty({ type: 'integer', minimum: 0, example: 0, description: 'Index into `people`: the pitching startup' }) person: number;
  @ApiProperty({ example: 'Quantum & Semiconductors IR', description: 'Session title' }) session: string;
  @INSTANT('2026-10-28T14:20:00+09:00') startsAt: string;
  @INSTANT('2026-10-28T14:30:00+09:00') endsAt: string;
}

/**
 * The schedule board's read: the same booked meetings and scheduled pitches as the schedule, in compact columns —
 * each person's and each time's text once, meetings as indexes into them (a fraction of the schedule's size).
 */
export class ScheduleBoardView {
  @ID('1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6') eventId: string;
  @ApiProperty({ example: 'Asia/Seoul' }) timezone: string;
  @ApiProperty({ example: false }) published: boolean;
  @ApiProperty({ type: ScheduleBoardPeopleView }) people: ScheduleBoardPeopleView;
  @ApiProperty({ type: ScheduleBoardTimesView }) times: ScheduleBoardTimesView;
  @ApiProperty({ type: ScheduleBoardMeetingsView, description: 'In order of start and table' }) meetings: ScheduleBoardMeetingsView;
  @ApiProperty({ type: [ScheduleBoardPitchView], description: 'Scheduled IR pitches, in order of start' }) pitches: ScheduleBoardPitchView[];
}
