import type { ConceptReport } from '../api/reports';

/** Shaping the concept report for the Reports page (pure, so it is tested without a browser). */

type Sector = ConceptReport['sectors'][number];

/** A catalogue name in the UI language: Korean for `ko` (and `ko-KR`), English otherwise. */
export function nameIn(named: { en: string; ko: string }, language: string): string {
  return language.toLowerCase().startsWith('ko') ? named.ko || named.en : named.en || named.ko;
}

/** The sector shown first: the one with the most startups (ties keep the API's catalogue order). */
export function defaultConceptSector(report: ConceptReport): string | null {
  let best: Sector | null = null;
  for (const s of report.sectors) if (!best || s.startups > best.startups) best = s;
  return best?.sector ?? null;
}

export interface ConceptRow {
  id: string;
  name: string;
  /** Supply: the sector's startups that mention it, and their share of the sector's startups (0..1). */
  startups: number;
  startupShare: number;
  /** Bar length: against the sector's most mentioned concept (0..1). */
  bar: number;
  /** Demand: investors and corporate demands covering the sector that mention it. */
  investors: number;
  demands: number;
}

/** A sector's top concepts, most mentioned by its startups first, at most `limit`. */
export function conceptRows(sector: Sector, language: string, limit = 10): ConceptRow[] {
  const sorted = [...sector.topConcepts].sort((a, b) => b.startups - a.startups || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
  const top = Math.max(1, ...sorted.map((c) => c.startups));
  return sorted.map((c) => ({
    id: c.id,
    name: nameIn(c, language),
    startups: c.startups,
    startupShare: sector.startups > 0 ? c.startups / sector.startups : 0,
    bar: c.startups / top,
    investors: c.investors,
    demands: c.demands,
  }));
}

export interface UnmatchedRow {
  id: string;
  name: string;
  demands: { id: string; title: string }[];
}

/** Concepts corporates ask for that no startup offers, most asked first, at most `limit`. */
export function unmatchedRows(report: ConceptReport, language: string, limit = 10): UnmatchedRow[] {
  return [...report.unmatchedDemandConcepts]
    .sort((a, b) => b.demands.length - a.demands.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((c) => ({ id: c.id, name: nameIn(c, language), demands: c.demands }));
}
