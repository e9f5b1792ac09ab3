import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { DateTime, IANAZone } from 'luxon';

/** Years a conference platform has any business with; year 0000 and 9999 are typos, not plans. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** ISO-8601 instant with an explicit offset or Z (a bare local time would be ambiguous); hours 00–23. */
const INSTANT = /^(\d{4})-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** A real calendar date `YYYY-MM-DD` (2026-02-30 and 20261028 are refused). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m || Number(m[1]) < MIN_YEAR || Number(m[1]) > MAX_YEAR) return false;
  return DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/** `HH:mm` from 00:00 to 23:59, or 24:00 where it means "end of the day". */
export function isLocalTime(value: unknown, allowEndOfDay = false): value is string {
  return typeof value === 'string' && (TIME.test(value) || (allowEndOfDay && value === '24:00'));
}

/** An instant with an offset that exists: a real date, hours 00–23, offsets within ±14:00 in quarter hours. */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = INSTANT.exec(value);
  if (!m || Number(m[1]) < MIN_YEAR || Number(m[1]) > MAX_YEAR) return false;
  if (m[6]) {
    const minutes = Number(m[7]) * 60 + Number(m[8]);
    if (minutes > 14 * 60 || Number(m[8]) % 15 !== 0) return false;
  }
  return DateTime.fromISO(value, { setZone: true }).isValid;
}

/** The canonical IANA spelling (`asia/seoul` → `Asia/Seoul`), or null for an unknown zone. */
export function canonicalTimezone(value: unknown): string | null {
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(value) || !IANAZone.isValidZone(value)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function rule(name: string, message: (field: string) => string, test: (value: unknown, args: ValidationArguments) => boolean, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name, target: object.constructor, propertyName,
      options: { message: message(propertyName), ...options },
      validator: { validate: test },
    });
}

export const IsLocalDate = (options?: ValidationOptions) =>
  rule('isLocalDate', (f) => `${f} must be a real date YYYY-MM-DD (years ${MIN_YEAR}–${MAX_YEAR})`, isLocalDate, options);

export const IsLocalTime = (opts: { endOfDay?: boolean } = {}, options?: ValidationOptions) =>
  rule('isLocalTime', (f) => `${f} must be HH:mm from 00:00 to ${opts.endOfDay ? '24:00' : '23:59'}`, (v) => isLocalTime(v, opts.endOfDay), options);

export const IsInstant = (options?: ValidationOptions) =>
  rule('isInstant', (f) => `${f} must be an ISO-8601 time with an offset, e.g. 2026-10-28T14:00:00+09:00`, isInstant, options);

/** Validates an IANA zone and stores its canonical spelling. */
export const IsTimezone = (options?: ValidationOptions) => (object: object, propertyName: string) => {
  Transform(({ value }) => canonicalTimezone(value) ?? value)(object, propertyName);
  rule('isTimezone', (f) => `${f} must be an IANA timezone such as Asia/Seoul`, (v) => canonicalTimezone(v) === v, options)(object, propertyName);
};

/**
 * Cross-field order (`endDate` not before `startDate`, `to` after `from`), checked with the other rules so one
 * 400 names every problem. Skipped while either side is itself invalid (that side has its own message).
 */
export const IsAfterField = (other: string, opts: { orEqual?: boolean; valid: (v: unknown) => boolean; compare?: (a: string, b: string) => number }) =>
  rule(
    'isAfterField',
    (f) => `${f} must be ${opts.orEqual ? 'on or after' : 'after'} ${other}`,
    (value, args) => {
      const before = (args.object as Record<string, unknown>)[other];
      if (!opts.valid(value) || !opts.valid(before)) return true;
      const order = (opts.compare ?? ((a, b) => (a < b ? -1 : a > b ? 1 : 0)))(value as string, before as string);
      return opts.orEqual ? order >= 0 : order > 0;
    },
  );

export const compareInstants = (a: string, b: string) => Date.parse(a) - Date.parse(b);
