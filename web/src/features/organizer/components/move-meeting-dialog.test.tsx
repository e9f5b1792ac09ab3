// First: the recorded fetch must be in place before the typed client is created.
import { fetchMock, jsonResponse } from '@/test/fetch-mock';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { en } from '@/locales/en';
import { iso, meeting, SLOT, T0 } from './board-fixtures';
import { MoveMeetingDialog } from './move-meeting-dialog';

initI18n();
void initI18n().changeLanguage('en');
// Rendering Mantine's modal in jsdom takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const a = meeting('a', 's1', 'v1', 0, 1);
const b = meeting('b', 's2', 'v2', 1, 2);
const schedule = { timezone: 'Asia/Seoul', published: false, meetings: [a, b], pitches: [] };
const days = [{ date: '2026-10-28', slots: [0, 1, 2].map((i) => T0 + i * SLOT) }];

const wrap = (children: ReactNode) => (
  <MantineProvider>
    <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>{children}</QueryClientProvider>
  </MantineProvider>
);

beforeEach(() => fetchMock.mockReset());

describe('MoveMeetingDialog opened by a drop', () => {
  it('opens on the cell the meeting was dropped on and saves that move', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { ...a, startsAt: iso(T0 + SLOT), endsAt: iso(T0 + 2 * SLOT), table: 4 }));
    const onClose = vi.fn();
    render(wrap(<MoveMeetingDialog meeting={a} target={{ startsAt: T0 + SLOT, table: 4 }} schedule={schedule} days={days} tables={6} slotMs={SLOT} eventId="e" onClose={onClose} />));
    expect(await screen.findByText('No conflicts on the board.')).toBeInTheDocument();
    expect(screen.getByLabelText('Table')).toHaveValue('4');
    await userEvent.click(screen.getByRole('button', { name: 'Move meeting' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    const request = fetchMock.mock.calls[0][0];
    expect([request.method, new URL(request.url).pathname]).toEqual(['PATCH', '/v1/meetings/a']);
    expect(await request.json()).toEqual({ startsAt: iso(T0 + SLOT), table: 4 });
  });

  it('lists the clash of a drop on a taken table and does not offer to save', async () => {
    render(wrap(<MoveMeetingDialog meeting={a} target={{ startsAt: T0 + SLOT, table: 2 }} schedule={schedule} days={days} tables={6} slotMs={SLOT} eventId="e" onClose={() => {}} />));
    expect(await screen.findByText('Table 2 is taken by S2 ↔ V2.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move meeting' })).toBeDisabled();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says why the server refused the move (409, in the catalogue’s words) and reports the failure so the board puts the meeting back', async () => {
    const message = 'That time or table is taken, or a participant would exceed a daily cap';
    fetchMock.mockResolvedValue(jsonResponse(409, { statusCode: 409, code: 'slot_taken', message }));
    const onClose = vi.fn();
    const onFailed = vi.fn();
    render(wrap(<MoveMeetingDialog meeting={a} target={{ startsAt: T0 + 2 * SLOT, table: 3 }} schedule={schedule} days={days} tables={6} slotMs={SLOT} eventId="e" onClose={onClose} onFailed={onFailed} />));
    await userEvent.click(await screen.findByRole('button', { name: 'Move meeting' }));
    expect(await screen.findByText(en.errors.slot_taken)).toBeInTheDocument();
    expect(onFailed).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
  });
});
