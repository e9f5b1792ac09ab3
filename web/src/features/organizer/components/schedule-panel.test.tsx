// First: the recorded fetch must be in place before the typed client is created.
import { fetchMock, jsonResponse } from '@/test/fetch-mock';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { renderWithProviders } from '@/test/providers';
import { en } from '@/locales/en';
import { encodeBoard } from '../api/board';
import { SchedulePanel } from './schedule-panel';

initI18n();
void initI18n().changeLanguage('en');
// Rendering Mantine in jsdom takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const urlOf = (input: Request | string) => new URL(typeof input === 'string' ? input : input.url, 'http://localhost');
const run = (status: string) => ({
  id: 'r1', eventId: 'e', status, progress: status === 'done' ? 1 : 0, createdAt: '2031-10-20T10:00:00+09:00', startedAt: null, finishedAt: null,
  ...(status === 'done' ? { accepted: 2, booked: 2, upperBound: 2, value: 100, valueUpperBound: 100, startupsWithMeeting: 1, startupsThatCanMeet: 1 } : {}),
});
let boardReads = 0;
let runStatus = 'none';

beforeEach(() => {
  boardReads = 0;
  runStatus = 'none';
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (input: Request | string) => {
    const request = typeof input === 'string' ? new Request(input) : input;
    const { pathname } = urlOf(input);
    if (pathname.endsWith('/runs/latest')) return jsonResponse(200, { eventId: 'e', match: null, schedule: null, irAllocation: null });
    if (pathname.endsWith('/capacity')) return jsonResponse(200, { requests: 2, tableSlots: 12, tables: 2, tablesNeeded: 1, tableUtilisation: 0.2, warnings: [] });
    if (pathname.endsWith('/meeting-requests')) return jsonResponse(200, { items: [], total: 0, page: 1, limit: 100 });
    if (pathname.endsWith('/schedule/board')) {
      boardReads++;
      return jsonResponse(200, encodeBoard({ timezone: 'Asia/Seoul', published: false, meetings: [], pitches: [] }));
    }
    if (pathname.endsWith('/schedule-runs') && request.method === 'POST') {
      // The worker is quick: the run is done before the page's first poll of it.
      runStatus = 'done';
      return jsonResponse(202, run('queued'));
    }
    if (pathname.endsWith('/schedule-runs/r1')) return jsonResponse(200, run(runStatus));
    return jsonResponse(404, { statusCode: 404, code: 'not_found', message: 'Not found' });
  });
});

describe('SchedulePanel', () => {
  it('reloads the board once a run it started is done, even when the run was done before its first poll', async () => {
    renderWithProviders(<SchedulePanel eventId="e" published={false} />);
    await vi.waitFor(() => expect(boardReads).toBe(1));
    await userEvent.click(await screen.findByRole('button', { name: en.schedule.run }));
    expect(await screen.findByText(en.schedule.gaugeMeetings)).toBeInTheDocument();
    // Read again when the run was started (before it had written anything), and again once it was seen done: that
    // read is the one with the run's plan.
    await vi.waitFor(() => expect(boardReads).toBe(3));
  });
});
