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
import { partyNameJoin, partyNames } from '../booking/party-names';

interface MeetingRow {
  id: string; request_id: string; startup_id: string; counterpart_id: string; slot: number; table_no: number;
  starts_at: Date; ends_at: Date; status: 'booked' | 'cancelled'; sequence: number; updated_at: Date;
  startup_name: string; counterpart_name: string; counterpart_role: string;
}
interface PitchRow {
  id: string; session_id: string; startup_id: string; position: number; starts_at: Date; ends_at: Date;
  status: string; title: string; room: string; startup_name: string;
}

/** One line of an agenda read: the event's fields, then a meeting or a pitch (all null when there is neither). */
interface AgendaRow {
  timezone: string; published: boolean; participant: boolean;
  type: 'meeting' | 'pitch'; id: string; ref_id: string; starts_at: Date; ends_at: Date; table_no: number | null; status: string;
  position: number | null; title: string | null; room: string | null; with_id: string | null; with_name: string | null; with_role: string | null;
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

  async agenda(caller: Caller, eventId: string) {
    // One prepared read: the event (no row: 404), whether the caller takes part, and the caller's booked meetings
    // (with the other party's name) and scheduled pitches in time order (a meeting before a pitch at the same time).
    const rows = await preparedRows<AgendaRow>(
      this.db,
      `SELECT e.timezone, e.schedule_published_at IS NOT NULL AS published,
              EXISTS (SELECT 1 FROM event_participants ep WHERE ep.event_id = e.id AND ep.account_id = $2) AS participant, i.*
         FROM events e
         LEFT JOIN LATERAL (
           SELECT 'meeting' AS type, m.id, m.request_id AS ref_id, m.starts_at, m.ends_at, m.table_no, m.status,
                  NULL::int AS position, NULL::text AS title, NULL::text AS room, w.account_id AS with_id, w.name AS with_name, w.role AS with_role
             FROM meetings m ${partyNameJoin('w', 'CASE WHEN m.startup_id = $2 THEN m.counterpart_id ELSE m.startup_id END')}
            WHERE m.event_id = e.id AND (m.startup_id = $2 OR m.counterpart_id = $2) AND m.status = 'booked'
           UNION ALL
           SELECT 'pitch', p.id, p.session_id, p.starts_at, p.ends_at, NULL, p.status, p.position, s.title, s.room, NULL, NULL, NULL
             FROM pitches p JOIN ir_sessions s ON s.id = p.session_id JOIN startup_profiles sp ON sp.account_id = p.startup_id
            WHERE p.event_id = e.id AND p.startup_id = $2 AND p.status = 'scheduled'
         ) i ON true
        WHERE e.id = $1
        ORDER BY i.starts_at, i.type, i.table_no, i.position`,
      [eventId, caller.id],
    );
    if (rows.length === 0) throw AppError.notFound('Event');
    const { timezone: tz, published, participant } = rows[0];
    if (caller.role !== 'organizer' && !participant) throw AppError.forbidden('Join the event to have an agenda');
    const items = rows
      .filter((r) => r.id !== null)
      .map((r) =>
        r.type === 'meeting'
          ? {
              type: 'meeting' as const, id: r.id, requestId: r.ref_id, startsAt: formatInZone(r.starts_at, tz), endsAt: formatInZone(r.ends_at, tz),
              table: r.table_no!, status: r.status, provisional: !published, with: { accountId: r.with_id!, name: r.with_name!, role: r.with_role! },
            }
          : {
              type: 'pitch' as const, id: r.id, sessionId: r.ref_id, session: r.title!, room: r.room!, position: r.position!,
              startsAt: formatInZone(r.starts_at, tz), endsAt: formatInZone(r.ends_at, tz),
            },
      );
    return { eventId, timezone: tz, published, items };
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
