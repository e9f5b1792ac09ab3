import type { FunnelCounts, FunnelReport, OutcomesReport } from '../api/reports';

/** Shaping the report endpoints' numbers for the dashboard's charts (pure, so it is tested without a browser). */

export const FUNNEL_STAGES = ['matched', 'decided', 'mutual', 'requested', 'accepted', 'booked', 'published', 'held', 'followUp'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/**
 * The stages each stage is a subset of, nearest first. The funnel has two branches from `matched`: decisions
 * (decided → mutual) and meetings (requested → accepted → booked → published). A meeting request needs no mutual
 * interest, so `requested` is a share of `matched`, never of `mutual`. `published` is all or none of `booked` (the
 * event's schedule is published or not), so `held` and `followUp` come from `booked`, `followUp` first from `held`
 * (either party may name a follow-up before both have said the meeting was held, so it can exceed `held`).
 */
export const FUNNEL_BASES: Record<FunnelStage, readonly FunnelStage[]> = {
  matched: [],
  decided: ['matched'],
  mutual: ['decided', 'matched'],
  requested: ['matched'],
  accepted: ['requested', 'matched'],
  booked: ['accepted', 'requested', 'matched'],
  published: ['booked', 'accepted', 'requested', 'matched'],
  held: ['booked', 'accepted', 'requested', 'matched'],
  followUp: ['held', 'booked', 'accepted', 'requested', 'matched'],
};

export interface FunnelRow {
  stage: FunnelStage;
  count: number;
  /** Bar length: the count against the largest stage (0..1). */
  share: number;
  /** The stage this one is a share of: its nearest superset that holds at least as many (null for `matched`). */
  base: FunnelStage | null;
  /** count / base's count, 0..1; null when the base is empty (0: nothing to convert from, shown as "—") and for `matched`. */
  conversion: number | null;
}

/**
 * Each stage with its conversion from the stage it derives from, never above 100 %: when the nearest superset holds
 * fewer (data that does not nest, e.g. a follow-up named before both said "held"), the next one out is the base.
 */
export function funnelRows(counts: FunnelCounts): FunnelRow[] {
  const top = Math.max(1, ...FUNNEL_STAGES.map((s) => counts[s]));
  return FUNNEL_STAGES.map((stage) => {
    const count = counts[stage];
    const bases = FUNNEL_BASES[stage];
    const base = bases.find((b) => counts[b] >= count) ?? bases.at(-1) ?? null;
    const conversion = base !== null && counts[base] > 0 ? Math.min(1, count / counts[base]) : null;
    return { stage, count, share: count / top, base, conversion };
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
