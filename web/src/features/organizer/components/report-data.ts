import type { FunnelCounts, FunnelReport, OutcomesReport } from '../api/reports';

/** Shaping the report endpoints' numbers for the dashboard's charts (pure, so it is tested without a browser). */

export const FUNNEL_STAGES = ['matched', 'decided', 'mutual', 'requested', 'accepted', 'booked', 'published', 'held', 'followUp'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelRow {
  stage: FunnelStage;
  count: number;
  /** Bar length: the count against the largest stage (0..1). */
  share: number;
  /** Of the previous stage's count; null for the first stage or after an empty one. */
  conversion: number | null;
}

export function funnelRows(counts: FunnelCounts): FunnelRow[] {
  const top = Math.max(1, ...FUNNEL_STAGES.map((s) => counts[s]));
  return FUNNEL_STAGES.map((stage, i) => {
    const previous = i === 0 ? 0 : counts[FUNNEL_STAGES[i - 1]];
    return { stage, count: counts[stage], share: counts[stage] / top, conversion: i > 0 && previous > 0 ? counts[stage] / previous : null };
  });
}

export type FunnelView = 'overall' | 'sector' | 'country';

export interface FunnelGroup {
  key: string;
  counts: FunnelCounts;
}

/** The groups of a by-sector or by-country view, largest first ("unknown" last), each with its counts. */
export function funnelGroups(report: FunnelReport, view: Exclude<FunnelView, 'overall'>): FunnelGroup[] {
  const rows = view === 'sector' ? report.bySector.map((r) => ({ key: r.sector, counts: r })) : report.byCountry.map((r) => ({ key: r.country, counts: r }));
  const rank = (g: FunnelGroup) => (g.key === 'unknown' ? 1 : 0);
  return rows.sort((a, b) => rank(a) - rank(b) || b.counts.matched - a.counts.matched || a.key.localeCompare(b.key));
}

export interface KindBar {
  kind: string;
  reports: number;
  meetings: number;
  share: number;
}

/** Follow-ups by kind, in the order of the form ("none" last), each against the most named. */
export function followUpBars(report: OutcomesReport): KindBar[] {
  const top = Math.max(1, ...report.followUps.map((f) => f.reports));
  return report.followUps.map((f) => ({ kind: f.kind, reports: f.reports, meetings: f.meetings, share: f.reports / top }));
}

export interface SideBar {
  side: 'startup' | 'counterpart' | 'both';
  count: number;
  share: number;
}

/** Absent parties per side (and meetings where both were absent), against the meetings that started. */
export function noShowBars(report: OutcomesReport): SideBar[] {
  const n = report.noShows;
  const base = Math.max(1, n.meetingsStarted);
  return [
    { side: 'startup', count: n.bySide.startup, share: n.bySide.startup / base },
    { side: 'counterpart', count: n.bySide.counterpart, share: n.bySide.counterpart / base },
    { side: 'both', count: n.bothAbsent, share: n.bothAbsent / base },
  ];
}
