// First: the recorded fetch must be in place before the typed client is created.
import { fetchMock, jsonResponse } from '@/test/fetch-mock';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { renderWithProviders } from '@/test/providers';
import { en } from '@/locales/en';
import { IrAllocationPanel } from './ir-allocation-panel';

initI18n();
void initI18n().changeLanguage('en');
vi.setConfig({ testTimeout: 30_000 });

/** The server's side: the requests' status, which the allocation changes before the page first polls it. */
let allocated = false;

beforeEach(() => {
  allocated = false;
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (input: Request) => {
    const { pathname } = new URL(input.url);
    if (pathname.endsWith('/runs/latest')) return jsonResponse(200, { match: null, schedule: null, ir: null });
    if (pathname.endsWith('/ir-requests')) {
      const status = allocated ? 'allocated' : 'requested';
      return jsonResponse(200, { items: [1, 2].map((n) => ({ id: `q${n}`, startupId: `s${n}-startup`, status, waitlistPosition: null })), total: 2, page: 1, limit: 100 });
    }
    if (pathname.endsWith('/ir-allocations') && input.method === 'POST') {
      return jsonResponse(202, { id: 'a1', eventId: 'e', status: 'queued', progress: 0, createdAt: '2031-10-20T10:00:00+09:00', startedAt: null, finishedAt: null });
    }
    if (pathname.endsWith('/ir-allocations/a1')) {
      allocated = true; // the worker was quick: done by the first poll, after the start's own reload
      return jsonResponse(200, { id: 'a1', eventId: 'e', status: 'done', progress: 1, createdAt: '2031-10-20T10:00:00+09:00', startedAt: null, finishedAt: null });
    }
    return jsonResponse(404, { statusCode: 404, code: 'not_found', message: 'Not found' });
  });
});

describe('IrAllocationPanel', () => {
  it('shows the requests as the finished allocation left them', async () => {
    renderWithProviders(<IrAllocationPanel eventId="e" />);
    expect(await screen.findByText(`${en.ir.status.requested}: 2`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: en.irAdmin.allocate }));
    expect(await screen.findByText(`${en.ir.status.allocated}: 2`)).toBeInTheDocument();
  });
});
