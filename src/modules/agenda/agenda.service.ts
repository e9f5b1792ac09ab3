import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toCsv } from '../../common/export/csv';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { formatInZone } from '../events/event-grid';
import { EventsService } from '../events/events.service';
import type { EventEntity } from '../events/event.entities';
import { buildCalendar, type CalendarEntry } from './icalendar';
import { preparedRows } from '../../database/prepared';
import { partyNames } from '../booking/party-names';

interface MeetingRow {
  id: string; request_id: string; startup_id: string; counterpart_id: string; slot: number; table_no: number;
  starts_at: Date; ends_at: Date; status: 'booked' | 'cancelled'; sequence: number; updated_at: Date;
  startup_name: string; counterpart_name: string; counterpart_role: string;
}
interface PitchRow {
  id: string; session_id: string; startup_id: string; position: number; starts_at: Date; ends_at: Date;
  status: string; title: string; room: string; startup_name: string;
}

/** Public display name of a party: startup name, firm or company, else the account's display name. */
const NAME = (alias: string, account: string) => `coalesce(${alias}sp.name, ${alias}ip.firm, ${alias}cp.company, ${account}.display_name)`;
const PARTY_JOINS = (alias: string, id: string, account: string) => `
  JOIN accounts ${account} ON ${account}.id = ${id}
  LEFT JOIN startup_profiles ${alias}sp ON ${alias}sp.account_id = ${id}
  LEFT JOIN investor_profiles ${alias}ip ON ${alias}ip.account_id = ${id}
  LEFT JOIN corporate_profiles ${alias}cp ON ${alias}cp.account_id = ${id}`;

/** Agendas, calendar files and the organizer's schedule export, all in the event's timezone. */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
  ) {}

  /** One caller's meetings with both parties' names (the whole event's go through `schedule`, names apart). */
  private async meetings(eventId: string, accountId: string, includeCancelled: boolean): Promise<MeetingRow[]> {
    return preparedRows(
      this.db,
      `SELECT m.id, m.request_id, m.startup_id, m.counterpart_id, m.slot, m.table_no, m.starts_at, m.ends_at, m.status,
              m.sequence, m.updated_at, ${NAME('s', 'sa')} AS startup_name, ${NAME('c', 'ca')} AS counterpart_name,
              ca.role AS counterpart_role
         FROM meetings m ${PARTY_JOINS('s', 'm.startup_id', 'sa')} ${PARTY_JOINS('c', 'm.counterpart_id', 'ca')}
        WHERE m.event_id = $1 AND (m.startup_id = $2 OR m.counterpart_id = $2) ${includeCancelled ? '' : "AND m.status = 'booked'"}
        ORDER BY m.starts_at, m.table_no`,
      [eventId, accountId],
    );
  }

  private async pitches(eventId: string, accountId: string | null, includeCancelled: boolean): Promise<PitchRow[]> {
    return preparedRows(
      this.db,
      `SELECT p.id, p.session_id, p.startup_id, p.position, p.starts_at, p.ends_at, p.status, s.title, s.room, sp.name AS startup_name
         FROM pitches p JOIN ir_sessions s ON s.id = p.session_id JOIN startup_profiles sp ON sp.account_id = p.startup_id
        WHERE p.event_id = $1 ${accountId ? 'AND p.startup_id = $2' : ''} ${includeCancelled ? '' : "AND p.status = 'scheduled'"}
        ORDER BY p.starts_at`,
      accountId ? [eventId, accountId] : [eventId],
    );
  }

  private async eventFor(caller: Caller, eventId: string): Promise<EventEntity> {
    const event = await this.events.get(eventId);
    if (caller.role !== 'organizer' && !(await this.events.isParticipant(eventId, caller.id))) {
      throw AppError.forbidden('Join the event to have an agenda');
    }
    return event;
  }

  /** The event's time zone and publication, and whether the caller takes part, in one read (404, 403 as `eventFor`). */
  private async agendaEvent(caller: Caller, eventId: string): Promise<{ timezone: string; published: boolean }> {
    const [row] = await preparedRows<{ timezone: string; published: boolean; participant: boolean }>(
      this.db,
      `SELECT e.timezone, e.schedule_published_at IS NOT NULL AS published,
              EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.account_id = $2) AS participant
         FROM events e WHERE e.id = $1`,
      [eventId, caller.id],
    );
    if (!row) throw AppError.notFound('Event');
    if (caller.role !== 'organizer' && !row.participant) throw AppError.forbidden('Join the event to have an agenda');
    return row;
  }

  async agenda(caller: Caller, eventId: string) {
    const event = await this.agendaEvent(caller, eventId);
    const tz = event.timezone;
    const provisional = !event.published;
    const meetings = (await this.meetings(eventId, caller.id, false)).map((m) => {
      const mine = m.startup_id === caller.id;
      return {
        type: 'meeting' as const, id: m.id, requestId: m.request_id, startsAt: formatInZone(m.starts_at, tz), endsAt: formatInZone(m.ends_at, tz),
        table: m.table_no, status: m.status, provisional,
        with: mine ? { accountId: m.counterpart_id, name: m.counterpart_name, role: m.counterpart_role } : { accountId: m.startup_id, name: m.startup_name, role: 'startup' },
        at: m.starts_at.getTime(),
      };
    });
    const pitches = (await this.pitches(eventId, caller.id, false)).map((p) => ({
      type: 'pitch' as const, id: p.id, sessionId: p.session_id, session: p.title, room: p.room, position: p.position,
      startsAt: formatInZone(p.starts_at, tz), endsAt: formatInZone(p.ends_at, tz), at: p.starts_at.getTime(),
    }));
    const items = [...meetings, ...pitches].sort((a, b) => a.at - b.at).map(({ at: _at, ...item }) => item);
    return { eventId, timezone: tz, published: !provisional, items };
  }

  /** Cancelled meetings stay in the file with STATUS:CANCELLED and a higher SEQUENCE, so calendars drop them. */
  async calendar(caller: Caller, eventId: string): Promise<string> {
    const event = await this.eventFor(caller, eventId);
    const entries: CalendarEntry[] = [];
    for (const m of await this.meetings(eventId, caller.id, true)) {
      const other = m.startup_id === caller.id ? m.counterpart_name : m.startup_name;
      entries.push({
        uid: `meeting-${m.id}@supergap-match`, sequence: m.sequence,
        status: m.status === 'cancelled' ? 'CANCELLED' : event.schedulePublishedAt ? 'CONFIRMED' : 'TENTATIVE',
        start: m.starts_at, end: m.ends_at, stamp: m.updated_at,
        summary: `1:1 meeting with ${other}`, location: `${event.venue} – table ${m.table_no}`,
        description: `${event.name}\nRequest ${m.request_id}`,
      });
    }
    for (const p of await this.pitches(eventId, caller.id, true)) {
      entries.push({
        uid: `pitch-${p.id}@supergap-match`, sequence: p.status === 'cancelled' ? 1 : 0,
        status: p.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED', start: p.starts_at, end: p.ends_at, stamp: p.starts_at,
        summary: `IR pitch – ${p.title}`, location: `${event.venue} – ${p.room}`, description: `${event.name}\nPosition ${p.position + 1}`,
      });
    }
    return buildCalendar(`${event.name} – Supergap Match`, event.timezone, entries);
  }

  async schedule(eventId: string) {
    const event = await this.events.get(eventId);
    const tz = event.timezone;
    // Thousands of meetings: read them plainly and each party's name once, rather than eight joins per meeting.
    const rows = await preparedRows<Omit<MeetingRow, 'startup_name' | 'counterpart_name' | 'counterpart_role'>>(
      this.db,
      `SELECT m.id, m.request_id, m.startup_id, m.counterpart_id, m.slot, m.table_no, m.starts_at, m.ends_at, m.sequence
         FROM meetings m WHERE m.event_id = $1 AND m.status = 'booked' ORDER BY m.starts_at, m.table_no`,
      [eventId],
    );
    const names = await partyNames(this.db, rows.flatMap((m) => [m.startup_id, m.counterpart_id]));
    const meetings = rows.map((m) => {
      const startup = names.get(m.startup_id)!;
      const counterpart = names.get(m.counterpart_id)!;
      return {
        id: m.id, startsAt: formatInZone(m.starts_at, tz), endsAt: formatInZone(m.ends_at, tz), slot: m.slot, table: m.table_no,
        participants: [m.startup_id, m.counterpart_id], requestId: m.request_id,
        startup: { accountId: m.startup_id, name: startup.name }, counterpart: { accountId: m.counterpart_id, name: counterpart.name, role: counterpart.role },
        sequence: m.sequence,
      };
    });
    const pitches = (await this.pitches(eventId, null, false)).map((p) => ({
      id: p.id, sessionId: p.session_id, session: p.title, room: p.room, position: p.position,
      startsAt: formatInZone(p.starts_at, tz), endsAt: formatInZone(p.ends_at, tz), accountId: p.startup_id, name: p.startup_name,
    }));
    return { eventId, timezone: tz, published: !!event.schedulePublishedAt, meetings, pitches };
  }

  async scheduleCsv(eventId: string): Promise<string> {
    const { meetings, pitches } = await this.schedule(eventId);
    const rows: unknown[][] = [['type', 'id', 'startsAt', 'endsAt', 'table_or_room', 'participant_1', 'name_1', 'participant_2', 'name_2', 'request_or_session']];
    for (const m of meetings) rows.push(['meeting', m.id, m.startsAt, m.endsAt, m.table, m.startup.accountId, m.startup.name, m.counterpart.accountId, m.counterpart.name, m.requestId]);
    for (const p of pitches) rows.push(['pitch', p.id, p.startsAt, p.endsAt, p.room, p.accountId, p.name, '', '', p.sessionId]);
    return toCsv(rows);
  }
}
