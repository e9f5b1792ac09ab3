// First: the recorded fetch must be in place before the typed client is created.
import { fetchMock, jsonResponse } from '@/test/fetch-mock';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { renderWithProviders } from '@/test/providers';
import { en } from '@/locales/en';
import type { OutcomesReport } from '../api/reports';
import { ReportsPanel } from './reports-panel';

initI18n();
void initI18n().changeLanguage('en');
// Rendering Mantine's menu in jsdom takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const outcomes = {
  eventId: 'e', generatedAt: '',
  outcomes: { recorded: 4, held: 3, notHeld: 1, startup: 2, counterpart: 2, meetings: 2 },
  followUps: [{ kind: 'poc', reports: 4, meetings: 2, bySide: { startup: 2, counterpart: 2 }, amounts: [] }],
  amounts: [],
  noShows: { meetingsStarted: 8, held: 5, meetings: 3, bySide: { startup: 2, counterpart: 2 }, bothAbsent: 1, marked: 1 },
} as OutcomesReport;

const urlOf = (input: Request | string) => new URL(typeof input === 'string' ? input : input.url, 'http://localhost');

const saved: string[] = [];

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (input: Request | string) => {
    const { pathname, search } = urlOf(input);
    if (pathname.endsWith('/reports/outcomes') && !search) return jsonResponse(200, outcomes);
    if (pathname.endsWith('/decline-reasons')) return jsonResponse(200, { items: [] });
    if (pathname.endsWith('/reports/concepts')) return jsonResponse(200, { eventId: 'e', parties: { startups: 0, investors: 0, demands: 0 }, sectors: [], unmatchedDemandConcepts: [] });
    return new Response('scope,key,matched\n', { status: 200, headers: { 'Content-Type': 'text/csv' } });
  });
  URL.createObjectURL = vi.fn(() => 'blob:x');
  URL.revokeObjectURL = vi.fn();
  // jsdom cannot follow the download link: record which file the panel asked the browser to save instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  saved.length = 0;
});

describe('ReportsPanel', () => {
  it('opens on the figures: the exports wait in one compact menu, which downloads the chosen file', async () => {
    renderWithProviders(<ReportsPanel eventId="e" />);
    expect(await screen.findByRole('heading', { name: en.reports.outcomes })).toBeInTheDocument();
    // Before the menu is opened no export takes room above the figures.
    expect(screen.queryByText(en.reports.export.funnelCsv)).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: en.reports.download });
    // Keyboard order: the one menu button, then the figures.
    expect(button.compareDocumentPosition(screen.getByRole('heading', { name: en.reports.outcomes })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(button);
    const items = await screen.findAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(Object.values(en.reports.export));
    await userEvent.click(items.find((i) => i.textContent === en.reports.export.funnelCsv)!);
    await vi.waitFor(() => expect(saved).toEqual(['funnel.csv']));
    expect(fetchMock.mock.calls.map(([input]) => urlOf(input as Request | string)).map((u) => u.pathname + u.search)).toContain('/v1/events/e/reports/funnel?format=csv');
  });
});
