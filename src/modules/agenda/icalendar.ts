import { DateTime, Info, type Zone } from 'luxon';

/** One calendar entry; `uid` must stay the same for the life of the meeting so calendar apps update it. */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  start: Date;
  end: Date;
  stamp: Date;
  summary: string;
  location?: string;
  description?: string;
}

/**
 * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped; every line break (CRLF, bare CR or LF) becomes
 * `\\n`; other control characters are not allowed in TEXT and are dropped, so no value can start a new property.
 */
export const escapeText = (s: string) =>
  s
    .replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= 75) return line; // the usual short line: nothing to fold
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A time zone as luxon resolves it, once per name (luxon's own DateTime formatting costs ~0.1 ms a call). */
const zones = new Map<string, Zone>();
const zoneOf = (tz: string): Zone => {
  let zone = zones.get(tz);
  if (!zone) zones.set(tz, (zone = Info.normalizeZone(tz)));
  return zone;
};
/** `yyyyMMdd'T'HHmmss` of the UTC fields of `ms` (years 0–9999, as calendar times are). */
const basicStamp = (ms: number) => {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
};
const utcStamp = (d: Date) => `${basicStamp(d.getTime())}Z`;
/** Wall time in `tz`: the instant shifted by the zone's offset there, formatted as UTC (as luxon computes local fields). */
const localStamp = (d: Date, tz: string) => basicStamp(d.getTime() + zoneOf(tz).offset(d.getTime()) * 60_000);
const offsetText = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

const HOUR = 3_600_000;

/**
 * A VTIMEZONE that covers [from, to]: the offset in force at `from` and every transition up to `to`, found
 * from the IANA rules (so DST changes during an event are described exactly).
 */
export function vtimezone(tz: string, from: Date, to: Date): string[] {
  // The same member's calendar is fetched again and again (calendar apps poll): its zone block is kept, keyed by
  // the zone, the start of the first day and the number of hours covered (what the block depends on).
  const start = DateTime.fromJSDate(from, { zone: tz }).startOf('day');
  const key = `${tz}|${start.toMillis()}|${Math.floor((to.getTime() - start.toMillis()) / HOUR)}`;
  let lines = vtimezones.get(key);
  if (!lines) {
    if (vtimezones.size >= 1_000) vtimezones.clear();
    vtimezones.set(key, (lines = zoneBlock(tz, start, to)));
  }
  return [...lines];
}

const vtimezones = new Map<string, string[]>();

function zoneBlock(tz: string, start: DateTime, to: Date): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tz}`];
  const component = (kind: 'STANDARD' | 'DAYLIGHT', at: DateTime, fromOffset: number, toOffset: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${at.toFormat("yyyyMMdd'T'HHmmss")}`,
    `TZOFFSETFROM:${offsetText(fromOffset)}`,
    `TZOFFSETTO:${offsetText(toOffset)}`,
    `TZNAME:${at.offsetNameShort ?? tz}`,
    `END:${kind}`,
  ];
  lines.push(...component(start.isInDST ? 'DAYLIGHT' : 'STANDARD', start, start.offset, start.offset));
  // Hour by hour from the start of the first day; a day whose last hour has the offset in force is skipped whole
  // (no zone changes its offset and back within a day), so only days with a transition are walked hourly.
  let previous = start.offset;
  const zone = start.zone;
  const first = start.toMillis();
  const hours = Math.floor((to.getTime() - first) / HOUR);
  for (let k = 1; k <= hours; k++) {
    const dayEnd = Math.min(k + 23, hours);
    if (zone.offset(first + dayEnd * HOUR) === previous) {
      k = dayEnd;
      continue;
    }
    const offset = zone.offset(first + k * HOUR);
    if (offset !== previous) {
      const t = start.plus({ hours: k });
      // local wall time of the change, expressed in the offset before it
      const at = t.setZone(`UTC${previous >= 0 ? '+' : '-'}${Math.abs(previous) / 60}`).startOf('hour');
      lines.push(...component(offset > previous ? 'DAYLIGHT' : 'STANDARD', at, previous, offset));
      previous = offset;
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** A person in an iTIP message (RFC 5546): the organizer or an attendee. */
export interface CalendarPerson {
  email: string;
  name: string;
}

/** An invitation or cancellation sent by e-mail (RFC 5546 iTIP) rather than a published calendar file. */
export interface ItipOptions {
  method: 'REQUEST' | 'CANCEL';
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
}

const person = (property: 'ORGANIZER' | 'ATTENDEE', p: CalendarPerson) =>
  property === 'ORGANIZER'
    ? `ORGANIZER;CN=${quoteParam(p.name)}:mailto:${p.email}`
    : `ATTENDEE;CN=${quoteParam(p.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${p.email}`;
/** RFC 5545 §3.2: a parameter value in quotes may hold anything but quotes and control characters. */
const quoteParam = (s: string) => `"${s.replace(/["\u0000-\u001F\u007F]/g, '')}"`;

/**
 * A VCALENDAR whose times carry the event's timezone (TZID with a matching VTIMEZONE). Without `itip` it is a
 * published calendar (METHOD:PUBLISH); with it, an invitation (REQUEST) or cancellation (CANCEL) naming the
 * organizer and attendees, which calendar apps apply to the entry with the same UID when the SEQUENCE is higher.
 */
export function buildCalendar(name: string, tz: string, entries: CalendarEntry[], itip?: ItipOptions): string {
  const starts = entries.map((e) => e.start.getTime());
  const ends = entries.map((e) => e.end.getTime());
  const from = new Date((starts.length ? Math.min(...starts) : Date.now()) - 86_400_000);
  const to = new Date((ends.length ? Math.max(...ends) : Date.now()) + 86_400_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Supergap Match//Agenda//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${itip?.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${tz}`,
    ...vtimezone(tz, from, to),
  ];
  for (const e of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${utcStamp(e.stamp)}`,
      `DTSTART;TZID=${tz}:${localStamp(e.start, tz)}`,
      `DTEND;TZID=${tz}:${localStamp(e.end, tz)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(itip ? [person('ORGANIZER', itip.organizer), ...itip.attendees.map((a) => person('ATTENDEE', a))] : []),
      `STATUS:${e.status}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
