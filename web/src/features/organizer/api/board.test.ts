import { describe, expect, it } from 'vitest';
import { decodeBoard, encodeBoard, type BoardView } from './board';

const view: BoardView = {
  eventId: 'e',
  timezone: 'Asia/Seoul',
  published: true,
  people: { accountId: ['s1', 'v1', 's2'], name: ['큐비트랩', 'Han River', 'Photonics'], role: ['startup', 'investor', 'startup'] },
  times: { startsAt: ['2026-10-28T09:00:00+09:00', '2026-10-28T09:30:00+09:00'], endsAt: ['2026-10-28T09:30:00+09:00', '2026-10-28T10:00:00+09:00'] },
  meetings: { id: ['a', 'b', 'c'], time: [0, 0, 1], table: [1, 2, 1], startup: [0, 2, 0], counterpart: [1, 1, 1] },
  pitches: [{ person: 2, session: 'Quantum IR', startsAt: '2026-10-28T14:00:00+09:00', endsAt: '2026-10-28T14:10:00+09:00' }],
};

describe('decodeBoard', () => {
  it('turns the columns into one meeting each, at its time and table, between its two people', () => {
    const board = decodeBoard(view);
    expect(board).toMatchObject({ timezone: 'Asia/Seoul', published: true });
    expect(board.meetings).toEqual([
      { id: 'a', startsAt: Date.parse('2026-10-28T00:00:00Z'), endsAt: Date.parse('2026-10-28T00:30:00Z'), table: 1, startup: { accountId: 's1', name: '큐비트랩', role: 'startup' }, counterpart: { accountId: 'v1', name: 'Han River', role: 'investor' } },
      { id: 'b', startsAt: Date.parse('2026-10-28T00:00:00Z'), endsAt: Date.parse('2026-10-28T00:30:00Z'), table: 2, startup: { accountId: 's2', name: 'Photonics', role: 'startup' }, counterpart: { accountId: 'v1', name: 'Han River', role: 'investor' } },
      { id: 'c', startsAt: Date.parse('2026-10-28T00:30:00Z'), endsAt: Date.parse('2026-10-28T01:00:00Z'), table: 1, startup: { accountId: 's1', name: '큐비트랩', role: 'startup' }, counterpart: { accountId: 'v1', name: 'Han River', role: 'investor' } },
    ]);
    expect(board.pitches).toEqual([{ person: { accountId: 's2', name: 'Photonics', role: 'startup' }, session: 'Quantum IR', startsAt: Date.parse('2026-10-28T05:00:00Z'), endsAt: Date.parse('2026-10-28T05:10:00Z') }]);
  });

  it('shares one object per person between their meetings', () => {
    const [a, b, c] = decodeBoard(view).meetings;
    expect(a.counterpart).toBe(b.counterpart);
    expect(a.startup).toBe(c.startup);
  });

  it('reads back what encodeBoard (the tests’ server) writes', () => {
    const board = decodeBoard(view);
    expect(decodeBoard(encodeBoard(board))).toEqual(board);
    expect(encodeBoard(board).times.startsAt).toHaveLength(2);
  });
});
