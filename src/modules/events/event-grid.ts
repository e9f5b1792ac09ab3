import { DateTime, IANAZone } from 'luxon';

export interface GridSpec {
  timezone: string;
  startDate: string; // YYYY-MM-DD, local
  endDate: string; // inclusive
  dayStart: string; // HH:mm, local
  dayEnd: string;
  slotMinutes: number;
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/**
 * The one place that turns a meeting slot index into time and back. Slot t lies on day floor(t / slotsPerDay);
 * each day's slots start at the local `dayStart` (so a DST change between days moves nothing) and are
 * `slotMinutes` of real time apart. Instants are stored in UTC and shown with the event's offset.
 */
export class EventGrid {
  readonly days: string[];
  readonly slotsPerDay: number;
  private readonly dayStartsUtc: number[];

  constructor(readonly spec: GridSpec) {
    if (!IANAZone.isValidZone(spec.timezone)) throw new Error(`Unknown timezone ${spec.timezone}`);
    this.slotsPerDay = Math.floor((minutesOf(spec.dayEnd) - minutesOf(spec.dayStart)) / spec.slotMinutes);
    this.days = [];
    let day = DateTime.fromISO(spec.startDate, { zone: spec.timezone });
    const last = DateTime.fromISO(spec.endDate, { zone: spec.timezone });
    while (day <= last && this.days.length < 366) {
      this.days.push(day.toISODate()!);
      day = day.plus({ days: 1 });
    }
    this.dayStartsUtc = this.days.map((d) => DateTime.fromISO(`${d}T${spec.dayStart}`, { zone: spec.timezone }).toMillis());
  }

  get slotCount(): number {
    return this.days.length * this.slotsPerDay;
  }

  dayOf(slot: number): number {
    return Math.floor(slot / this.slotsPerDay);
  }

  slotStart(slot: number): Date {
    const day = this.dayOf(slot);
    return new Date(this.dayStartsUtc[day] + (slot - day * this.slotsPerDay) * this.spec.slotMinutes * 60_000);
  }

  slotEnd(slot: number): Date {
    return new Date(this.slotStart(slot).getTime() + this.spec.slotMinutes * 60_000);
  }

  /** The slot that starts exactly at `instant`, or -1. */
  slotAt(instant: Date): number {
    const ms = instant.getTime();
    for (let day = 0; day < this.days.length; day++) {
      const offset = ms - this.dayStartsUtc[day];
      const k = offset / (this.spec.slotMinutes * 60_000);
      if (Number.isInteger(k) && k >= 0 && k < this.slotsPerDay) return day * this.slotsPerDay + k;
    }
    return -1;
  }

  /** Slots whose [start, end) overlaps the half-open interval [from, to). */
  slotsOverlapping(from: Date, to: Date): number[] {
    const out: number[] = [];
    const a = from.getTime();
    const b = to.getTime();
    for (let t = 0; t < this.slotCount; t++) {
      if (this.slotStart(t).getTime() < b && this.slotEnd(t).getTime() > a) out.push(t);
    }
    return out;
  }

  /** The local calendar date (YYYY-MM-DD) of an instant in the event's timezone. */
  localDate(instant: Date): string {
    return DateTime.fromJSDate(instant, { zone: this.spec.timezone }).toISODate()!;
  }

  /** `2026-10-28T10:00:00+09:00` */
  format(instant: Date): string {
    return formatInZone(instant, this.spec.timezone);
  }
}

/** Formatted instants by zone: meetings share slot times, so a schedule of thousands formats a few dozen. */
const formatted = new Map<string, Map<number, string>>();
const FORMATTED_PER_ZONE = 20_000;

export function formatInZone(instant: Date, timezone: string): string {
  return formatEpochInZone(instant.getTime(), timezone);
}

/** `formatInZone` of the instant `ms` milliseconds after the epoch (no Date needed when it is formatted already). */
export function formatEpochInZone(ms: number, timezone: string): string {
  let zone = formatted.get(timezone);
  if (!zone) formatted.set(timezone, (zone = new Map()));
  let text = zone.get(ms);
  if (text === undefined) {
    text = DateTime.fromJSDate(new Date(ms), { zone: timezone }).toISO({ suppressMilliseconds: true })!;
    if (zone.size >= FORMATTED_PER_ZONE) zone.clear();
    zone.set(ms, text);
  }
  return text;
}

export const isValidTimezone = (tz: unknown): tz is string => typeof tz === 'string' && IANAZone.isValidZone(tz);
