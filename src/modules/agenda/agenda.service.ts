import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toCsv } from '../../common/export/csv';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { formatEpochInZone, formatInZone } from '../events/event-grid';
import { EventsService } from '../events/events.service';
import { buildCalendar, type CalendarEntry } from './icalendar';
import { preparedRows } from '../../database/prepared';
import { partyNameJoin, partyNameJson, partyNames } from '../booking/party-names';
import type { AgendaView, ScheduleBoardView } from './agenda.views';

interface MeetingRow {
  id: string; request_id: string; startup_id: string; counterpart_id: string; slot: number; table_no: number;
  starts_at: Date; ends_at: Date; status: 'booked' | 'cancelled'; sequence: number; updated_at: Date;
  startup_name: string; counterpart_name: string; counterpart_role: string;
}
interface PitchRow {
  id: string; session_id: string; startup_id: string; position: number; starts_at: Date; ends_at: Date;
  status: string; title: string; room: string; startup_name: string;
}

/**
 * An agenda read: the event's fields and the caller's items as one JSON array (one column parsed at once), each item
 * `[kind, …]` with its times as PostgreSQL writes them in JSON.
 */
interface AgendaRow {
  timezone: string; published: boolean; participant: boolean;
  items: (AgendaMeetingItem | AgendaPitchItem)[] | null;
}
/** A booked meeting: the other party's id and `[role, name]` (null only when their account is gone). */
type AgendaMeetingItem = [kind: 'm', id: string, requestId: string, startsAt: string, endsAt: string, table: number, status: string, otherId: string, other: [role: string, name: string] | null];
type AgendaPitchItem = [kind: 'p', id: string, sessionId: string, startsAt: string, endsAt: string, session: string, room: string, position: number];

/** The agenda's booked meetings where the caller ($2) is the `mine` party of event $1, with the `other` party's name. */
const MEETING_ITEMS = (mine: 'startup_id' | 'counterpart_id', other: 'startup_id' | 'counterpart_id') => `
  SELECT 'meeting' AS type, m.starts_at, m.table_no, NULL::int AS position,
         json_build_array('m', m.id, m.request_id, m.starts_at, m.ends_at, m.table_no, m.status, m.${other}, ${partyNameJson(`m.${other}`)}) AS item
    FROM meetings m
   WHERE m.${mine} = $2 AND m.event_id = $1 AND m.status = 'booked'${mine === 'counterpart_id' ? ' AND m.startup_id <> $2' : ''}`;

/** A time of an agenda item in the event's zone, as `formatInZone` writes it (Date.parse keeps whole milliseconds, as the driver does). */
const inZone = (pgTime: string, timezone: string) => formatEpochInZone(Date.parse(pgTime), timezone);

/** One line of a calendar read: the event's fields, then a meeting (any status) or a pitch (all null when there is neither). */
interface CalendarRow {
  event_name: string; venue: string; timezone: string; published: boolean; participant: boolean;
  type: 'meeting' | 'pitch'; id: string; request_id: string | null; starts_at: Date; ends_at: Date; table_no: number | null; status: string;
  sequence: number | null; updated_at: Date | null; position: number | null; title: string | null; room: string | null; with_name: string | null;
}

/** The calendar's meetings (cancelled too) where the caller ($2) is the `mine` party of event $1, with the `other` party's name. */
const CALENDAR_MEETINGS = (mine: 'startup_id' | 'counterpart_id', other: 'startup_id' | 'counterpart_id') => `
  SELECT 'meeting' AS type, m.id, m.request_id, m.starts_at, m.ends_at, m.table_no, m.status, m.sequence, m.updated_at,
         NULL::int AS position, NULL::text AS title, NULL::text AS room, w.name AS with_name
    FROM meetings m ${partyNameJoin('w', `m.${other}`)}
   WHERE m.${mine} = $2 AND m.event_id = $1 AND w.account_id IS NOT NULL${mine === 'counterpart_id' ? ' AND m.startup_id <> $2' : ''}`;

/** Agendas, calendar files and the organizer's schedule export, all in the event's timezone. */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
  ) {}

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

  async agenda(caller: Caller, eventId: string): Promise<AgendaView> {
    // One prepared read: the event (no row: 404), whether the caller takes part, and the caller's booked meetings
    // (with the other party's name) and scheduled pitches in time order (a meeting before a pitch at the same time),
    // as one JSON array. The caller's meetings as startup and as counterpart are two branches, each on its own index.
    const [row] = await preparedRows<AgendaRow>(
      this.db,
      `SELECT e.timezone, e.schedule_published_at IS NOT NULL AS published,
              EXISTS (SELECT FROM event_participants ep WHERE ep.event_id = e.id AND ep.account_id = $2) AS participant,
              (SELECT json_agg(i.item ORDER BY i.starts_at, i.type, i.table_no, i.position) FROM (
                 ${MEETING_ITEMS('startup_id', 'counterpart_id')}
                 UNION ALL
                 ${MEETING_ITEMS('counterpart_id', 'startup_id')}
                 UNION ALL
                 SELECT 'pitch', p.starts_at, NULL, p.position, json_build_array('p', p.id, p.session_id, p.starts_at, p.ends_at, s.title, s.room, p.position)
                   FROM pitches p JOIN ir_sessions s ON s.id = p.session_id JOIN startup_profiles sp ON sp.account_id = p.startup_id
                  WHERE p.event_id = $1 AND p.startup_id = $2 AND p.status = 'scheduled'
              ) i) AS items
         FROM events e
        WHERE e.id = $1`,
      [eventId, caller.id],
    );
    if (!row) throw AppError.notFound('Event');
    const { timezone: tz, published, participant } = row;
    if (caller.role !== 'organizer' && !participant) throw AppError.forbidden('Join the event to have an agenda');
    const items = (row.items ?? []).map((i): AgendaView['items'][number] =>
      i[0] === 'm'
        ? {
            type: 'meeting', id: i[1], requestId: i[2], startsAt: inZone(i[3], tz), endsAt: inZone(i[4], tz), table: i[5], status: i[6], provisional: !published,
            with: i[8] ? { accountId: i[7], name: i[8][1], role: i[8][0] } : { accountId: null!, name: null!, role: null! },
          }
        : { type: 'pitch', id: i[1], sessionId: i[2], session: i[5], room: i[6], position: i[7], startsAt: inZone(i[3], tz), endsAt: inZone(i[4], tz) },
    );
    return { eventId, timezone: tz, published, items };
  }

  /** Cancelled meetings stay in the file with STATUS:CANCELLED and a higher SEQUENCE, so calendars drop them. */
  async calendar(caller: Caller, eventId: string): Promise<string> {
    // One prepared read, like the agenda: the event, whether the caller takes part, then the caller's meetings
    // (cancelled ones too, with the other party's name) in time order and the caller's pitches in time order.
    const rows = await preparedRows<CalendarRow>(
      this.db,
      `SELECT e.name AS event_name, e.venue, e.timezone, e.schedule_published_at IS NOT NULL AS published,
              ep.account_id IS NOT NULL AS participant, i.*
         FROM events e
         LEFT JOIN event_participants ep ON ep.event_id = e.id AND ep.account_id = $2
         LEFT JOIN LATERAL (
           ${CALENDAR_MEETINGS('startup_id', 'counterpart_id')}
           UNION ALL
           ${CALENDAR_MEETINGS('counterpart_id', 'startup_id')}
           UNION ALL
           SELECT 'pitch', p.id, NULL, p.starts_at, p.ends_at, NULL, p.status, NULL, NULL, p.position, s.title, s.room, NULL
             FROM pitches p JOIN ir_sessions s ON s.id = p.session_id JOIN startup_profiles sp ON sp.account_id = p.startup_id
            WHERE p.event_id = $1 AND p.startup_id = $2
         ) i ON true
        WHERE e.id = $1
        ORDER BY i.type, i.starts_at, i.table_no`,
      [eventId, caller.id],
    );
    if (rows.length === 0) throw AppError.notFound('Event');
    const event = rows[0];
    if (caller.role !== 'organizer' && !event.participant) throw AppError.forbidden('Join the event to have an agenda');
    const entries: CalendarEntry[] = [];
    for (const r of rows) {
      if (r.id === null) continue;
      if (r.type === 'meeting') {
        entries.push({
          uid: `meeting-${r.id}@supergap-match`, sequence: r.sequence!,
          status: r.status === 'cancelled' ? 'CANCELLED' : event.published ? 'CONFIRMED' : 'TENTATIVE',
          start: r.starts_at, end: r.ends_at, stamp: r.updated_at!,
          summary: `1:1 meeting with ${r.with_name}`, location: `${event.venue} – table ${r.table_no}`,
          description: `${event.event_name}\nRequest ${r.request_id}`,
        });
      } else {
        entries.push({
          uid: `pitch-${r.id}@supergap-match`, sequence: r.status === 'cancelled' ? 1 : 0,
          status: r.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED', start: r.starts_at, end: r.ends_at, stamp: r.starts_at,
          summary: `IR pitch – ${r.title}`, location: `${event.venue} – ${r.room}`, description: `${event.event_name}\nPosition ${r.position! + 1}`,
        });
      }
    }
    return buildCalendar(`${event.event_name} – Supergap Match`, event.timezone, entries);
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

  /**
   * The schedule board's read: the booked meetings and scheduled pitches of `schedule`, as columns of indexes into a
   * list of people and a list of times (each name and each time formatted once), so 5,400 meetings are a few hundred
   * kB rather than megabytes.
   */
  async board(eventId: string): Promise<ScheduleBoardView> {
    const { timezone: tz, published } = await this.events.zoneOf(eventId);
    const [rows, pitchRows] = await Promise.all([
      preparedRows<{ id: string; startup_id: string; counterpart_id: string; table_no: number; starts_at: Date; ends_at: Date }>(
        this.db,
        `SELECT m.id, m.startup_id, m.counterpart_id, m.table_no, m.starts_at, m.ends_at
           FROM meetings m WHERE m.event_id = $1 AND m.status = 'booked' ORDER BY m.starts_at, m.table_no`,
        [eventId],
      ),
      this.pitches(eventId, null, false),
    ]);
    const names = await partyNames(this.db, [...rows.flatMap((m) => [m.startup_id, m.counterpart_id]), ...pitchRows.map((p) => p.startup_id)]);
    const people: ScheduleBoardView['people'] = { accountId: [], name: [], role: [] };
    const personAt = new Map<string, number>();
    const person = (id: string) => {
      let i = personAt.get(id);
      if (i === undefined) {
        const party = names.get(id)!;
        personAt.set(id, (i = people.accountId.length));
        people.accountId.push(id);
        people.name.push(party.name);
        people.role.push(party.role);
      }
      return i;
    };
    const times: ScheduleBoardView['times'] = { startsAt: [], endsAt: [] };
    const timeAt = new Map<string, number>();
    const meetings: ScheduleBoardView['meetings'] = { id: [], time: [], table: [], startup: [], counterpart: [] };
    for (const m of rows) {
      const key = `${m.starts_at.getTime()}/${m.ends_at.getTime()}`;
      let time = timeAt.get(key);
      if (time === undefined) {
        timeAt.set(key, (time = times.startsAt.length));
        times.startsAt.push(formatInZone(m.starts_at, tz));
        times.endsAt.push(formatInZone(m.ends_at, tz));
      }
      meetings.id.push(m.id);
      meetings.time.push(time);
      meetings.table.push(m.table_no);
      meetings.startup.push(person(m.startup_id));
      meetings.counterpart.push(person(m.counterpart_id));
    }
    const pitches = pitchRows.map((p) => ({ person: person(p.startup_id), session: p.title, startsAt: formatInZone(p.starts_at, tz), endsAt: formatInZone(p.ends_at, tz) }));
    return { eventId, timezone: tz, published, people, times, meetings, pitches };
  }

  async scheduleCsv(eventId: string): Promise<string> {
    const { meetings, pitches } = await this.schedule(eventId);
    const rows: unknown[][] = [['type', 'id', 'startsAt', 'endsAt', 'table_or_room', 'participant_1', 'name_1', 'participant_2', 'name_2', 'request_or_session']];
    for (const m of meetings) rows.push(['meeting', m.id, m.startsAt, m.endsAt, m.table, m.startup.accountId, m.startup.name, m.counterpart.accountId, m.counterpart.name, m.requestId]);
    for (const p of pitches) rows.push(['pitch', p.id, p.startsAt, p.endsAt, p.room, p.accountId, p.name, '', '', p.sessionId]);
    return toCsv(rows);
  }
}
