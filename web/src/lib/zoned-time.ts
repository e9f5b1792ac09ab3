/** Local wall-clock times in an IANA zone ↔ instants, with Intl only (no time-zone library). */

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant of local `date` (YYYY-MM-DD) at `time` (HH:mm) in `timeZone`. */
export function zonedToInstant(date: string, time: string, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // Two rounds settle the offset even next to a DST change.
  let instant = guess - offsetMs(guess, timeZone);
  instant = guess - offsetMs(instant, timeZone);
  return instant;
}

/** Local dates from start to end inclusive. */
export function datesBetween(start: string, end: string): string[] {
  const out: string[] = [];
  const [y, m, d] = start.split('-').map(Number);
  for (let t = Date.UTC(y, m - 1, d); ; t += 86_400_000) {
    const s = new Date(t).toISOString().slice(0, 10);
    if (s > end) break;
    out.push(s);
    if (out.length > 366) break;
  }
  return out;
}

export interface GridSpec {
  startDate: string;
  endDate: string;
  timezone: string;
  meetingGrid: { dayStart: string; dayEnd: string; slotMinutes: number };
}

/** Slot start instants of one local day of the meeting grid. */
export function daySlots(spec: GridSpec, date: string): number[] {
  const start = zonedToInstant(date, spec.meetingGrid.dayStart, spec.timezone);
  const end = zonedToInstant(date, spec.meetingGrid.dayEnd, spec.timezone);
  const step = spec.meetingGrid.slotMinutes * 60_000;
  const out: number[] = [];
  for (let t = start; t + step <= end; t += step) out.push(t);
  return out;
}
