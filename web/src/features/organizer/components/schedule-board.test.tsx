// First: the recorded fetch must be in place before the typed client is created.
import { fetchMock, jsonResponse } from '@/test/fetch-mock';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { encodeBoard } from '../api/board';
import { meeting, SLOT, T0 } from './board-fixtures';
import { ScheduleBoard } from './schedule-board';

initI18n();
void initI18n().changeLanguage('en');
// Rendering Mantine in jsdom takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

// One day 09:00–12:00 Seoul in 30-minute slots (6 columns), 40 tables, every cell booked.
const spec = { startDate: '2026-10-28', endDate: '2026-10-28', timezone: 'Asia/Seoul', meetingGrid: { dayStart: '09:00', dayEnd: '12:00', slotMinutes: 30 } };
const TABLES = 40;
const meetings = Array.from({ length: TABLES * 6 }, (_, i) => meeting(`m${i}`, `s${i}`, `v${i}`, i % 6, Math.floor(i / 6) + 1));

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockResolvedValue(jsonResponse(200, encodeBoard({ timezone: 'Asia/Seoul', published: false, meetings, pitches: [] })));
});

const renderBoard = () =>
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <ScheduleBoard eventId="e" spec={spec} tables={TABLES} />
      </QueryClientProvider>
    </MantineProvider>,
  );

const tablesShown = (region: HTMLElement) => [...new Set([...region.querySelectorAll<HTMLElement>('[data-table]')].map((c) => Number(c.dataset.table)))];
const slotsShown = (region: HTMLElement) => [...new Set([...region.querySelectorAll<HTMLElement>('[data-slot]')].map((c) => Number(c.dataset.slot)))];

/** jsdom lays nothing out: the scroller's size and offsets are set by hand, then it scrolls. */
function scrollTo(el: HTMLElement, size: { width: number; height: number }, top: number, left: number) {
  Object.defineProperties(el, {
    clientWidth: { configurable: true, value: size.width },
    clientHeight: { configurable: true, value: size.height },
    scrollTop: { configurable: true, writable: true, value: top },
    scrollLeft: { configurable: true, writable: true, value: left },
  });
  act(() => void el.dispatchEvent(new Event('scroll')));
}

describe('ScheduleBoard', () => {
  it('opens a day whose meetings start late at its first meeting', async () => {
    const late = [meeting('late', 'sl', 'vl', 4, 30), meeting('later', 'sm', 'vm', 5, 2)];
    fetchMock.mockResolvedValue(jsonResponse(200, encodeBoard({ timezone: 'Asia/Seoul', published: false, meetings: late, pitches: [] })));
    renderBoard();
    const region = await screen.findByRole('region', { name: 'Schedule board' });
    await vi.waitFor(() => expect(region.scrollLeft).toBe(4 * 118)); // the fifth slot's column
    expect(region.scrollTop).toBe(29 * 44); // table 30's row
  });

  it('renders only the tables and slots in view, one button per meeting, and follows the scroll both ways', async () => {
    renderBoard();
    const region = await screen.findByRole('region', { name: 'Schedule board' });
    await within(region).findAllByRole('button');
    // A 300 × 250 px view (32 px of slot times, 64 px of table numbers): 5 rows and 2 columns in view, plus the overscan.
    scrollTo(region, { width: 300, height: 250 }, 0, 0);
    expect(tablesShown(region)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(slotsShown(region)).toEqual([T0, T0 + SLOT, T0 + 2 * SLOT]);
    expect(within(region).getAllByRole('button')).toHaveLength(8 * 3);
    expect(within(region).getByRole('button', { name: 'S0 with V0, table 1: move' }).textContent).toBe('S0\nV0');

    scrollTo(region, { width: 300, height: 250 }, 20 * 44, 3 * 118);
    expect(tablesShown(region)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
    expect(slotsShown(region)).toEqual([2, 3, 4, 5].map((i) => T0 + i * SLOT));
    expect(region.querySelector(`[data-slot="${T0 + 3 * SLOT}"][data-table="21"] [data-meeting-id="m123"]`)).not.toBeNull();
  });

  it('opens the move dialog of the meeting clicked or chosen by keyboard', async () => {
    renderBoard();
    const region = await screen.findByRole('region', { name: 'Schedule board' });
    await userEvent.click(await within(region).findByRole('button', { name: 'S6 with V6, table 2: move' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('S6');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    within(region).getByRole('button', { name: 'S1 with V1, table 1: move' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog')).toHaveTextContent('S1');
  });

  it('goes from meeting to meeting with the arrow keys, and scrolls to one out of view', async () => {
    renderBoard();
    const region = await screen.findByRole('region', { name: 'Schedule board' });
    const named = (name: string) => within(region).getByRole('button', { name: `${name}: move` });
    expect(region).toHaveAccessibleDescription(/Arrow keys go from meeting to meeting/);
    (await within(region).findByRole('button', { name: 'S0 with V0, table 1: move' })).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(named('S1 with V1, table 1'));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(named('S7 with V7, table 2'));
    await userEvent.keyboard('{ArrowLeft}{ArrowUp}');
    expect(document.activeElement).toBe(named('S0 with V0, table 1'));
    // At the edge it stays, and the scroller is not scrolled by the key either.
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(named('S0 with V0, table 1'));
    expect(region.scrollTop).toBe(0);

    // A 300 × 250 px view shows tables 1–5 (8 rendered with the overscan): going down past them scrolls the board.
    scrollTo(region, { width: 300, height: 250 }, 0, 0);
    named('S42 with V42, table 8').focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(region.scrollTop).toBe(8 * 44); // table 9's row at the top
    act(() => void region.dispatchEvent(new Event('scroll')));
    await vi.waitFor(() => expect(document.activeElement).toBe(named('S48 with V48, table 9')));
  });

  it('starts a drag from the meeting under the pointer', async () => {
    renderBoard();
    const region = await screen.findByRole('region', { name: 'Schedule board' });
    const button = await within(region).findByRole('button', { name: 'S7 with V7, table 2: move' });
    const setData = vi.fn();
    fireEvent.dragStart(button, { dataTransfer: { setData, effectAllowed: 'all' } });
    expect(setData).toHaveBeenCalledWith('application/x-sgm-meeting', 'm7');
    expect(button.className).toMatch(/dragging/);
  });
});
