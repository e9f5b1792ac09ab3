import { describe, expect, it } from 'vitest';
import type { FunnelCounts, FunnelReport, OutcomesReport } from '../api/reports';
import { followUpBars, funnelGroups, funnelRows, noShowBars } from './report-data';

const counts = (matched: number, rest: Partial<FunnelCounts> = {}): FunnelCounts => ({
  matched, decided: 0, mutual: 0, requested: 0, accepted: 0, booked: 0, published: 0, held: 0, followUp: 0, ...rest,
});

describe('funnelRows', () => {
  it('keeps the stage order, scales bars to the largest stage and gives each step its conversion', () => {
    const rows = funnelRows(counts(200, { decided: 100, mutual: 50, requested: 40, accepted: 20, booked: 20, published: 20, held: 10, followUp: 5 }));
    expect(rows.map((r) => r.stage)).toEqual(['matched', 'decided', 'mutual', 'requested', 'accepted', 'booked', 'published', 'held', 'followUp']);
    expect(rows.map((r) => r.share)).toEqual([1, 0.5, 0.25, 0.2, 0.1, 0.1, 0.1, 0.05, 0.025]);
    expect(rows.map((r) => r.conversion)).toEqual([null, 0.5, 0.5, 0.8, 0.5, 1, 1, 0.5, 0.5]);
  });

  it('stays finite when a stage is empty', () => {
    const rows = funnelRows(counts(0));
    expect(rows.every((r) => r.share === 0)).toBe(true);
    expect(rows.map((r) => r.conversion)).toEqual(Array(9).fill(null));
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
