/** Dates, times and money through Intl, always in an explicit time zone. */

export type Lang = 'ko' | 'en';

const localeOf = (lang: string) => (lang.startsWith('ko') ? 'ko-KR' : 'en-GB');

export function formatTime(iso: string, timeZone: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso));
}

export function formatDay(iso: string, timeZone: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string, timeZone: string | undefined, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** `YYYY-MM-DD` of an instant in a zone (for grouping by local day). */
export function localDate(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Formats a plain local date (`YYYY-MM-DD`) without shifting it through a zone. */
export function formatLocalDate(date: string, lang: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export interface Money {
  amount: number;
  currency: string;
}

/** Money is kept in minor units; the currency says how many decimals it has. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(money: Money | null | undefined, lang: string): string {
  if (!money) return '—';
  const digits = minorDigits(money.currency);
  const major = money.amount / 10 ** digits;
  try {
    // From ten thousand up, compact (₩5억, US$50만, $500K), so both ends of a range read alike in either language;
    // whole amounts without ".00".
    const compact = Math.abs(major) >= 1e4;
    return new Intl.NumberFormat(localeOf(lang), {
      style: 'currency', currency: money.currency, notation: compact ? 'compact' : 'standard',
      minimumFractionDigits: compact || Number.isInteger(major) ? 0 : digits, maximumFractionDigits: compact ? 1 : digits,
    }).format(major);
  } catch {
    return `${major} ${money.currency}`;
  }
}

export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency));
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

export function formatPercent(share: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** The viewer's own zone, when the browser tells it. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}
