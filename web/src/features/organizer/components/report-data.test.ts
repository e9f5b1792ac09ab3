import { describe, expect, it } from 'vitest';
import type { FunnelCounts, FunnelReport, OutcomesReport } from '../api/reports';
import { followUpBars, funnelGroups, funnelRows, noShowBars } from './report-data';

const counts = (matched: number, rest: Partial<FunnelCounts> = {}): FunnelCounts => ({
  matched, decided: 0, mutual: 0, requested: 0, accepted: 0, booked: 0, published: 0, held: 0, followUp: 0, ...rest,
});

describe('funnelRows', () => {
  it('keeps the stage order, scales bars to the largest stage and gives each stage its share of the stage it derives from', () => {
    const rows = funnelRows(counts(200, { decided: 100, mutual: 50, requested: 40, accepted: 20, booked: 20, published: 20, held: 10, followUp: 5 }));
    expect(rows.map((r) => r.stage)).toEqual(['matched', 'decided', 'mutual', 'requested', 'accepted', 'booked', 'published', 'held', 'followUp']);
    expect(rows.map((r) => r.share)).toEqual([1, 0.5, 0.25, 0.2, 0.1, 0.1, 0.1, 0.05, 0.025]);
    expect(rows.map((r) => r.base)).toEqual([null, 'matched', 'decided', 'matched', 'requested', 'accepted', 'booked', 'booked', 'held']);
    expect(rows.map((r) => r.conversion)).toEqual([null, 0.5, 0.5, 0.2, 0.5, 1, 1, 0.5, 0.5]);
  });

  it('counts requests made without mutual interest against the matches, not against "mutual" (never above 100 %)', () => {
    const rows = funnelRows(counts(400, { decided: 120, mutual: 70, requested: 121, accepted: 80, booked: 60 }));
    const requested = rows.find((r) => r.stage === 'requested')!;
    expect(requested).toMatchObject({ base: 'matched', conversion: 121 / 400 });
    expect(rows.every((r) => r.conversion === null || r.conversion <= 1)).toBe(true);
  });

  it('gives "held" its share of the booked meetings while the schedule is unpublished', () => {
    const rows = funnelRows(counts(100, { requested: 30, accepted: 20, booked: 20, published: 0, held: 8, followUp: 3 }));
    expect(rows.find((r) => r.stage === 'published')).toMatchObject({ base: 'booked', conversion: 0 });
    expect(rows.find((r) => r.stage === 'held')).toMatchObject({ base: 'booked', conversion: 0.4 });
    expect(rows.find((r) => r.stage === 'followUp')).toMatchObject({ base: 'held', conversion: 3 / 8 });
  });

  it('takes the next stage out when the nearest holds fewer (a follow-up named before both said "held")', () => {
    const rows = funnelRows(counts(50, { requested: 10, accepted: 6, booked: 6, held: 1, followUp: 2 }));
    expect(rows.find((r) => r.stage === 'followUp')).toMatchObject({ base: 'booked', conversion: 2 / 6 });
  });

  it('has no conversion (null, shown as "—") when the base stage is empty, and stays finite', () => {
    const rows = funnelRows(counts(0));
    expect(rows.every((r) => r.share === 0)).toBe(true);
    expect(rows.map((r) => r.conversion)).toEqual(Array(9).fill(null));
    const none = funnelRows(counts(10, { requested: 0 }));
    expect(none.find((r) => r.stage === 'accepted')).toMatchObject({ base: 'requested', conversion: null });
    expect(none.find((r) => r.stage === 'requested')).toMatchObject({ base: 'matched', conversion: 0 });
  });
});

describe('funnelGroups', () => {
  const report = {
    eventId: 'e', generatedAt: '', stages: [], unit: 'match', overall: counts(60),
    bySector: [
      { sector: 'unknown', ...counts(40) },
      { sector: 'quantum', ...counts(10) },
      { sector: 'bio-health', ...counts(10) },
      { sector: 'robotics', ...counts(30) },
    ],
    byCountry: [{ country: 'KR', ...counts(60, { held: 3 }) }],
  } as FunnelReport;

  it('orders groups largest first, ties by name, and "unknown" last however large', () => {
    expect(funnelGroups(report, 'sector').map((g) => g.key)).toEqual(['robotics', 'bio-health', 'quantum', 'unknown']);
  });

  it('carries each group its own counts', () => {
    expect(funnelGroups(report, 'country')).toEqual([{ key: 'KR', counts: expect.objectContaining({ matched: 60, held: 3 }) }]);
  });
});

describe('outcome charts', () => {
  const report = {
    eventId: 'e', generatedAt: '',
    outcomes: { recorded: 4, held: 3, notHeld: 1, startup: 2, counterpart: 2, meetings: 2 },
    followUps: [
      { kind: 'nda', reports: 2, meetings: 1, bySide: { startup: 1, counterpart: 1 }, amounts: [] },
      { kind: 'poc', reports: 4, meetings: 2, bySide: { startup: 2, counterpart: 2 }, amounts: [] },
      { kind: 'none', reports: 0, meetings: 0, bySide: { startup: 0, counterpart: 0 }, amounts: [] },
    ],
    amounts: [],
    noShows: { meetingsStarted: 8, held: 5, meetings: 3, bySide: { startup: 2, counterpart: 2 }, bothAbsent: 1, marked: 1 },
  } as OutcomesReport;

  it('scales follow-up bars to the most named kind', () => {
    expect(followUpBars(report)).toEqual([
      { kind: 'nda', reports: 2, meetings: 1, share: 0.5 },
      { kind: 'poc', reports: 4, meetings: 2, share: 1 },
      { kind: 'none', reports: 0, meetings: 0, share: 0 },
    ]);
  });

  it('shows absences per side against the meetings that started', () => {
    expect(noShowBars(report)).toEqual([
      { side: 'startup', count: 2, share: 0.25 },
      { side: 'counterpart', count: 2, share: 0.25 },
      { side: 'both', count: 1, share: 0.125 },
    ]);
  });
});
