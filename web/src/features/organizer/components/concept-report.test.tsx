// First: the recorded fetch must be in place before the typed client is created.
import { fetchMock, jsonResponse } from '@/test/fetch-mock';
import { render, screen, within } from '@testing-library/react';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { withProviders } from '@/test/providers';
import type { ConceptReport } from '../api/reports';
import { ConceptReportSection } from './concept-report';

const i18n = initI18n();
vi.setConfig({ testTimeout: 30_000 });

const report: ConceptReport = {
  eventId: 'e',
  parties: { startups: 10, investors: 3, demands: 2 },
  sectors: [
    {
      sector: 'future-mobility', en: 'Future mobility', ko: '미래 모빌리티', startups: 10, startupsWithConcepts: 8,
      topConcepts: [{ id: 'solid-electrolyte', en: 'solid electrolyte', ko: '고체전해질', startups: 4, investors: 2, demands: 1 }],
    },
  ],
  unmatchedDemandConcepts: [{ id: 'fuel-cell', en: 'fuel cell', ko: '연료전지', demands: [{ id: 'd1', title: '연료전지 스택 공동개발' }] }],
};

const wrap = () => withProviders(<ConceptReportSection eventId="e" />);

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockResolvedValue(jsonResponse(200, report));
});
afterAll(() => i18n.changeLanguage('en'));

describe('ConceptReportSection', () => {
  it('asks for the event’s concept report and shows a sector’s concepts in a captioned table, in English', async () => {
    await i18n.changeLanguage('en');
    render(wrap());
    const table = await screen.findByRole('table', { name: /Top concepts in Future mobility/ });
    expect(new URL(fetchMock.mock.calls[0][0].url).pathname).toBe('/v1/events/e/reports/concepts');
    const row = within(table).getByRole('row', { name: /solid electrolyte/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['4', '2', '1']);
    expect(screen.getByRole('list', { name: 'Asked for, not offered' })).toHaveTextContent('fuel cell');
  });

  it('names concepts and sectors in Korean when the UI is Korean', async () => {
    await i18n.changeLanguage('ko');
    render(wrap());
    const table = await screen.findByRole('table', { name: /미래 모빌리티 주요 개념/ });
    expect(within(table).getByRole('rowheader', { name: '고체전해질' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: '요청됐지만 제공되지 않는 개념' })).toHaveTextContent('연료전지');
  });
});
