import { describe, expect, it } from 'vitest';
import { formatMoney, formatTime, localDate, minorDigits, toMajor, toMinor } from './format';

describe('format', () => {
  it('groups an instant by the local day of the given zone', () => {
    // 23:30 UTC is already the next day in Seoul
    expect(localDate('2026-10-27T23:30:00Z', 'Asia/Seoul')).toBe('2026-10-28');
    expect(localDate('2026-10-27T23:30:00Z', 'Europe/London')).toBe('2026-10-27');
  });

  it('shows times in the requested zone', () => {
    expect(formatTime('2026-10-28T10:00:00+09:00', 'Asia/Seoul', 'en')).toBe('10:00');
    expect(formatTime('2026-10-28T10:00:00+09:00', 'UTC', 'en')).toBe('01:00');
  });

  it('converts between major and minor units by currency', () => {
    expect(minorDigits('KRW')).toBe(0);
    expect(minorDigits('USD')).toBe(2);
    expect(toMinor(1.5, 'USD')).toBe(150);
    expect(toMinor(1500, 'KRW')).toBe(1500);
    expect(toMajor(395000000, 'USD')).toBe(3950000);
  });

  it('formats large amounts compactly in both languages', () => {
    expect(formatMoney({ amount: 395000000, currency: 'USD' }, 'en')).toMatch(/US\$|\$/);
    expect(formatMoney({ amount: 500000000, currency: 'KRW' }, 'ko')).toContain('억');
    expect(formatMoney(null, 'en')).toBe('—');
    // both ends of a ticket range in the same notation, without cents on whole amounts
    expect(formatMoney({ amount: 50_000_000, currency: 'USD' }, 'ko')).toBe('US$50만');
    expect(formatMoney({ amount: 300_000_000, currency: 'USD' }, 'ko')).toBe('US$300만');
    expect(formatMoney({ amount: 50_000_000, currency: 'USD' }, 'en')).toMatch(/\$500[kK]$/);
    expect(formatMoney({ amount: 1250, currency: 'USD' }, 'en')).toMatch(/\$12\.50$/);
    expect(formatMoney({ amount: 900_000, currency: 'USD' }, 'en')).toMatch(/\$9,000$/);
  });
});
