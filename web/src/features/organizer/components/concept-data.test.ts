import { describe, expect, it } from 'vitest';
import type { ConceptReport } from '../api/reports';
import { conceptRows, defaultConceptSector, nameIn, unmatchedRows } from './concept-data';

const concept = (id: string, startups: number, investors = 0, demands = 0) => ({ id, en: `${id} (en)`, ko: `${id} (ko)`, startups, investors, demands });

const report: ConceptReport = {
  eventId: 'e',
  parties: { startups: 14, investors: 3, demands: 2 },
  sectors: [
    { sector: 'quantum', en: 'Quantum', ko: '양자', startups: 4, startupsWithConcepts: 2, topConcepts: [concept('qubit', 2)] },
    { sector: 'future-mobility', en: 'Future mobility', ko: '미래 모빌리티', startups: 10, startupsWithConcepts: 8, topConcepts: [concept('lidar', 3, 1), concept('battery', 5, 2, 1), concept('adas', 3)] },
  ],
  unmatchedDemandConcepts: [
    { id: 'fuel-cell', en: 'fuel cell', ko: '연료전지', demands: [{ id: 'd1', title: 'Stack' }] },
    { id: 'hydrogen', en: 'hydrogen', ko: '수소', demands: [{ id: 'd1', title: 'Stack' }, { id: 'd2', title: 'Tank' }] },
  ],
};

describe('nameIn', () => {
  it('picks the Korean name for ko and ko-KR, the English one otherwise', () => {
    const named = { en: 'solid electrolyte', ko: '고체전해질' };
    expect(nameIn(named, 'ko')).toBe('고체전해질');
    expect(nameIn(named, 'ko-KR')).toBe('고체전해질');
    expect(nameIn(named, 'en')).toBe('solid electrolyte');
    expect(nameIn(named, 'fr')).toBe('solid electrolyte');
  });

  it('falls back to the other language when one name is empty', () => {
    expect(nameIn({ en: 'lidar', ko: '' }, 'ko')).toBe('lidar');
  });
});

describe('defaultConceptSector', () => {
  it('opens on the sector with the most startups', () => {
    expect(defaultConceptSector(report)).toBe('future-mobility');
  });

  it('is null for an event without startups', () => {
    expect(defaultConceptSector({ ...report, sectors: [] })).toBeNull();
  });
});

describe('conceptRows', () => {
  const mobility = report.sectors[1];

  it('orders by startups mentioning the concept, ties by id, and names them in the UI language', () => {
    const rows = conceptRows(mobility, 'ko');
    expect(rows.map((r) => r.id)).toEqual(['battery', 'adas', 'lidar']);
    expect(rows[0]).toEqual({ id: 'battery', name: 'battery (ko)', startups: 5, startupShare: 0.5, bar: 1, investors: 2, demands: 1 });
    expect(rows[2].bar).toBeCloseTo(0.6);
  });

  it('keeps at most the limit', () => {
    expect(conceptRows(mobility, 'en', 2).map((r) => r.name)).toEqual(['battery (en)', 'adas (en)']);
  });

  it('stays finite for a sector without startups', () => {
    const rows = conceptRows({ ...mobility, startups: 0, topConcepts: [concept('x', 0)] }, 'en');
    expect(rows[0]).toMatchObject({ startupShare: 0, bar: 0 });
  });
});

describe('unmatchedRows', () => {
  it('puts the most asked-for concept first, named in the UI language', () => {
    const rows = unmatchedRows(report, 'ko');
    expect(rows.map((r) => [r.name, r.demands.length])).toEqual([['수소', 2], ['연료전지', 1]]);
    expect(unmatchedRows(report, 'en', 1).map((r) => r.name)).toEqual(['hydrogen']);
  });
});
