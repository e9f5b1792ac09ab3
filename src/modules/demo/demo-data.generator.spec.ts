import { describe, expect, it } from '@jest/globals';
import { COUNTRY_CODES } from '../../common/domain/countries';
import { CURRENCY_EXPONENT } from '../../common/domain/money';
import { COLLABORATION_TYPES, SECTOR_CODES, STAGES } from '../../common/domain/sectors';
import { DEFAULT_DEMO_OPTIONS, generateDemoData, parseDemoArgs } from './demo-data.generator';

const HANGUL = /[\uac00-\ud7a3]/;

describe('generateDemoData', () => {
  const data = generateDemoData(DEFAULT_DEMO_OPTIONS);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoData(DEFAULT_DEMO_OPTIONS)).toEqual(data);
    expect(generateDemoData({ ...DEFAULT_DEMO_OPTIONS, seed: 7 })).not.toEqual(data);
  });

  it('keeps each kind independent of the other counts', () => {
    const more = generateDemoData({ ...DEFAULT_DEMO_OPTIONS, investors: 60 });
    expect(more.startups).toEqual(data.startups);
    expect(more.investors.slice(0, 40)).toEqual(data.investors);
  });

  it('produces the requested counts', () => {
    expect(data.startups).toHaveLength(150);
    expect(data.investors).toHaveLength(40);
    expect(data.corporates).toHaveLength(10);
    expect(data.demands).toHaveLength(25);
    const small = generateDemoData({ seed: 1, startups: 3, investors: 2, corporates: 1, demands: 0 });
    expect([small.startups.length, small.investors.length, small.corporates.length, small.demands.length]).toEqual([3, 2, 1, 0]);
  });

  it('covers every sector and gives unique keys and e-mails', () => {
    expect(new Set(data.startups.map((s) => s.sector)).size).toBe(SECTOR_CODES.length);
    const people = [...data.startups, ...data.investors, ...data.corporates];
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
    expect(new Set(data.investors.map((i) => i.firm)).size).toBe(data.investors.length);
    expect(data.startups[16].email).toBe('startup-17@demo.supergap.kr');
  });

  it('uses only valid codes and ranges', () => {
    const validMoney = (m: { amount: number; currency: string }) =>
      Number.isSafeInteger(m.amount) && m.amount > 0 && CURRENCY_EXPONENT[m.currency] !== undefined;
    for (const s of data.startups) {
      expect(SECTOR_CODES).toContain(s.sector);
      expect(STAGES).toContain(s.stage);
      expect(COUNTRY_CODES.has(s.country)).toBe(true);
      expect(Number.isInteger(s.trl) && s.trl >= 1 && s.trl <= 9).toBe(true);
      expect(validMoney(s.fundingAsk)).toBe(true);
      expect(s.keywords.length).toBeGreaterThan(0);
      expect(s.foundedYear).toBeLessThanOrEqual(2026);
    }
    for (const i of data.investors) {
      expect(i.sectors.length).toBeGreaterThanOrEqual(1);
      expect(i.sectors.length).toBeLessThanOrEqual(3);
      for (const s of i.sectors) expect(SECTOR_CODES).toContain(s);
      for (const s of i.stages) expect(STAGES).toContain(s);
      for (const c of i.countries) expect(COUNTRY_CODES.has(c)).toBe(true);
      expect(validMoney(i.ticketMin) && validMoney(i.ticketMax)).toBe(true);
      expect(i.ticketMin.currency).toBe(i.ticketMax.currency);
      expect(i.ticketMin.amount).toBeLessThanOrEqual(i.ticketMax.amount);
      expect(i.maxMeetingsPerDay).toBeGreaterThanOrEqual(8);
      expect(i.maxMeetingsPerDay).toBeLessThanOrEqual(12);
    }
    expect(data.investors.some((i) => i.countries.length === 0)).toBe(true);
    const corporateKeys = new Set(data.corporates.map((c) => c.key));
    for (const c of data.corporates) expect(COUNTRY_CODES.has(c.country)).toBe(true);
    for (const d of data.demands) {
      expect(corporateKeys.has(d.ownerKey)).toBe(true);
      for (const s of d.sectors) expect(SECTOR_CODES).toContain(s);
      for (const c of d.collaboration) expect(COLLABORATION_TYPES).toContain(c);
      if (d.minTrl !== undefined) expect(d.minTrl >= 1 && d.minTrl <= 9).toBe(true);
      if (d.deadline !== undefined) expect(d.deadline >= '2026-11-01' && d.deadline <= '2026-12-27').toBe(true);
    }
  });

  it('describes a two-day Seoul event with sector IR sessions', () => {
    const { event } = data;
    expect(event).toMatchObject({ timezone: 'Asia/Seoul', startDate: '2026-10-28', endDate: '2026-10-29' });
    expect(event.meetingGrid).toEqual({ dayStart: '09:00', dayEnd: '18:00', slotMinutes: 30, tables: 40 });
    expect(event.irSessions.length).toBeGreaterThanOrEqual(10);
    for (const s of event.irSessions) {
      expect(s.startsAt).toMatch(/^2026-10-2[89]T\d\d:\d\d:00\+09:00$/);
      expect(s.slotMinutes).toBe(10);
      expect(s.slotCount).toBeGreaterThanOrEqual(8);
      expect(s.slotCount).toBeLessThanOrEqual(12);
      const [h, m] = s.startsAt.slice(11, 16).split(':').map(Number);
      expect(h * 60 + m + s.slotMinutes * s.slotCount).toBeLessThanOrEqual(18 * 60);
    }
  });

  it('writes Korean profiles for most Korean startups and English ones for foreign startups', () => {
    const korean = data.startups.filter((s) => s.country === 'KR');
    const foreign = data.startups.filter((s) => s.country !== 'KR');
    expect(korean.length).toBeGreaterThan(foreign.length);
    expect(foreign.length).toBeGreaterThan(0);
    expect(korean.every((s) => HANGUL.test(s.description))).toBe(true);
    expect(korean.filter((s) => HANGUL.test(s.name)).length).toBeGreaterThan(korean.length / 2);
    expect(korean.some((s) => s.keywords.some((k) => /^[A-Za-z]/.test(k)))).toBe(true);
    expect(foreign.some((s) => HANGUL.test(s.description) || HANGUL.test(s.name))).toBe(false);
    expect(data.investors.some((i) => HANGUL.test(i.thesis))).toBe(true);
    expect(data.investors.some((i) => !HANGUL.test(i.thesis))).toBe(true);
    expect(data.demands.some((d) => HANGUL.test(d.title))).toBe(true);
  });

  // How fast is for `npm run seed` / the benchmarks to say, not a timed unit test on a shared machine.
  it('scales to 10,000 startups × 2,000 investors × 1,000 demands with unique people and firms', () => {
    const big = generateDemoData({ seed: 3, startups: 10_000, investors: 2_000, corporates: 100, demands: 1_000 });
    expect(big.startups).toHaveLength(10_000);
    expect(new Set(big.investors.map((i) => i.email)).size).toBe(2_000);
    expect(new Set(big.investors.map((i) => i.firm)).size).toBe(2_000);
  });

  it('rejects impossible options', () => {
    expect(() => generateDemoData({ ...DEFAULT_DEMO_OPTIONS, startups: -1 })).toThrow(/startups/);
    expect(() => generateDemoData({ ...DEFAULT_DEMO_OPTIONS, corporates: 0 })).toThrow(/corporate/);
  });
});

describe('parseDemoArgs', () => {
  it('starts from the defaults and reads both flag forms', () => {
    expect(parseDemoArgs([])).toEqual(DEFAULT_DEMO_OPTIONS);
    expect(parseDemoArgs(['--seed', '9', '--startups=1000', '--investors', '200', '--corporates', '5', '--demands=50'])).toEqual({
      seed: 9,
      startups: 1000,
      investors: 200,
      corporates: 5,
      demands: 50,
    });
  });

  it('explains bad input', () => {
    expect(() => parseDemoArgs(['--startups', 'many'])).toThrow('--startups must be an integer, got "many"');
    expect(() => parseDemoArgs(['--startups', '1.5'])).toThrow(/--startups must be an integer/);
    expect(() => parseDemoArgs(['--investors', '-3'])).toThrow(/investors must be an integer between 0 and/);
    expect(() => parseDemoArgs(['--demands'])).toThrow('--demands needs a value');
    expect(() => parseDemoArgs(['--tables', '4'])).toThrow(/unknown option "--tables"/);
    expect(() => parseDemoArgs(['--corporates', '0'])).toThrow(/at least one corporate/);
  });
});

describe('demo dates from a start date', () => {
  it('places the event, its IR sessions and demand deadlines relative to the given first day', () => {
    const data = generateDemoData({ ...DEFAULT_DEMO_OPTIONS, startDate: '2027-02-27' });
    expect(data.event).toMatchObject({ startDate: '2027-02-27', endDate: '2027-02-28' });
    for (const s of data.event.irSessions) expect(s.startsAt).toMatch(/^2027-02-2[78]T/);
    for (const d of data.demands) if (d.deadline !== undefined) expect(d.deadline > '2027-02-27').toBe(true);
  });

  it('rejects a malformed start date', () => {
    expect(() => generateDemoData({ ...DEFAULT_DEMO_OPTIONS, startDate: '27.02.2027' })).toThrow(/startDate/);
  });
});
