// First: the recorded fetch must be in place before the typed client is created.
import { fetchMock, jsonResponse } from '@/test/fetch-mock';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '@/lib/i18n';
import { ParticipantsList } from './participants-list';

initI18n();
void initI18n().changeLanguage('en');
vi.setConfig({ testTimeout: 30_000 });

// 250 people in three pages of 100: every tenth an investor, every 25th still pending.
const people = Array.from({ length: 250 }, (_, i) => ({
  accountId: `a${i}`,
  role: i % 10 === 0 ? 'investor' : 'startup',
  displayName: `${i % 10 === 0 ? 'Fund' : 'Startup'} ${String(i).padStart(3, '0')}`,
  status: i % 25 === 0 ? 'pending' : 'active',
  joinedAt: '2026-09-02T19:00:00+09:00',
}));

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (request: Request) => {
    const page = Number(new URL(request.url).searchParams.get('page'));
    return jsonResponse(200, { items: people.slice((page - 1) * 100, page * 100), total: people.length, page, limit: 100 });
  });
});

const renderList = () =>
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <ParticipantsList eventId="e" />
      </QueryClientProvider>
    </MantineProvider>,
  );

/** jsdom lays nothing out: the scroller's height and offset are set by hand, then it scrolls. */
function scrollTo(el: HTMLElement, height: number, top: number) {
  Object.defineProperties(el, {
    clientHeight: { configurable: true, value: height },
    scrollTop: { configurable: true, value: top },
  });
  act(() => void el.dispatchEvent(new Event('scroll')));
}

const names = (list: HTMLElement) => within(list).queryAllByRole('listitem').map((r) => r.firstChild!.textContent);

describe('ParticipantsList', () => {
  it('renders only the rows in view, each with its role and any status, and follows the scroll', async () => {
    renderList();
    const list = await screen.findByRole('list', { name: 'Participants' });
    expect(screen.getByText('250 shown')).toBeInTheDocument();
    // 480 px: rows 0–9 in view, plus 6 after.
    scrollTo(list, 480, 0);
    expect(names(list)).toEqual(people.slice(0, 16).map((p) => p.displayName));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(/Fund 000.*Investor.*Pending approval/);
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent(/^Startup 001Startup$/);
    // 100 rows down: rows 94–115 (the overscan both sides).
    scrollTo(list, 480, 100 * 48);
    expect(names(list)).toEqual(people.slice(94, 116).map((p) => p.displayName));
    expect((within(list).getAllByRole('listitem')[0] as HTMLElement).style.top).toBe(`${94 * 48}px`);
  });

  it('searches by name and filters by role', async () => {
    renderList();
    const list = await screen.findByRole('list', { name: 'Participants' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Search by name' }), 'fund 1');
    expect(screen.getByText('10 shown')).toBeInTheDocument();
    scrollTo(list, 480, 0);
    expect(names(list)).toEqual(['Fund 100', 'Fund 110', 'Fund 120', 'Fund 130', 'Fund 140', 'Fund 150', 'Fund 160', 'Fund 170', 'Fund 180', 'Fund 190']);
    // From the end of the whole list, a search that leaves one person shows that one.
    await userEvent.clear(screen.getByRole('textbox', { name: 'Search by name' }));
    scrollTo(list, 480, 240 * 48);
    expect(names(list)).toContain('Startup 249');
    await userEvent.type(screen.getByRole('textbox', { name: 'Search by name' }), 'startup 003');
    expect(screen.getByText('1 shown')).toBeInTheDocument();
    expect(names(list)).toEqual(['Startup 003']);
    await userEvent.clear(screen.getByRole('textbox', { name: 'Search by name' }));
    await userEvent.click(screen.getByRole('button', { name: 'Investor' }));
    expect(screen.getByText('25 shown')).toBeInTheDocument();
  });
});
