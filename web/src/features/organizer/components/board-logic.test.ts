import { describe, expect, it } from 'vitest';
import type { BoardPitch } from '../api/board';
import { meeting, SLOT, T0 } from './board-fixtures';
import { boardIndex, cellTarget, firstMeetingCell, meetingIdOf, moveConflicts, nextMeetingCell, planMove, visibleSpan, withMove } from './board-logic';


describe('moveConflicts', () => {
  const a = meeting('a', 's1', 'v1', 0, 1);
  const b = meeting('b', 's2', 'v2', 1, 2);
  const c = meeting('c', 's3', 'v1', 2, 3);
  const all = [a, b, c];

  it('finds none for a free table in a slot both people have free', () => {
    expect(moveConflicts(a, T0 + SLOT, 1, SLOT, all, [])).toEqual([]);
  });

  it('reports a taken table', () => {
    expect(moveConflicts(a, T0 + SLOT, 2, SLOT, all, []).map((x) => x.kind)).toEqual(['table']);
  });

  it('reports a person already meeting someone else then', () => {
    const found = moveConflicts(a, T0 + 2 * SLOT, 9, SLOT, all, []);
    expect(found).toMatchObject([{ kind: 'person', name: 'V1' }]);
  });

  it('reports a pitch overlapping the new time', () => {
    const pitch: BoardPitch = { person: a.startup, session: 'IR', startsAt: T0 + SLOT + 10 * 60_000, endsAt: T0 + SLOT + 20 * 60_000 };
    expect(moveConflicts(a, T0 + SLOT, 1, SLOT, all, [pitch]).map((x) => x.kind)).toEqual(['pitch']);
  });

  it('ignores the meeting itself', () => {
    expect(moveConflicts(a, T0, 1, SLOT, all, [])).toEqual([]);
  });
});

describe('boardIndex', () => {
  it('keys meetings by table and start', () => {
    const m = meeting('a', 's', 'v', 3, 7);
    expect(boardIndex([m]).get(`7@${T0 + 3 * SLOT}`)).toBe(m);
  });
});

describe('dropping a meeting on a cell', () => {
  const a = meeting('a', 's1', 'v1', 0, 1);
  const b = meeting('b', 's2', 'v2', 1, 2);
  const c = meeting('c', 's3', 'v1', 2, 3);
  const schedule = { meetings: [a, b, c], pitches: [] as BoardPitch[] };
  const cell = (slot: number, table: number | string) => {
    const div = document.createElement('div');
    div.dataset.slot = String(T0 + slot * SLOT);
    div.dataset.table = String(table);
    div.innerHTML = '<button><span>name</span></button>';
    document.body.append(div);
    return div;
  };

  it('reads the target from the cell, whichever of its children the pointer is over', () => {
    const div = cell(1, 4);
    expect(cellTarget(div.querySelector('span'))).toEqual({ startsAt: T0 + SLOT, table: 4 });
    expect(cellTarget(div)).toEqual({ startsAt: T0 + SLOT, table: 4 });
  });

  it('has no target outside a cell or on a malformed one', () => {
    expect(cellTarget(document.body)).toBeNull();
    expect(cellTarget(null)).toBeNull();
    expect(cellTarget(cell(1, 'x'))).toBeNull();
    expect(cellTarget(cell(1, 0))).toBeNull();
  });

  it('plans a drop on a free cell without conflicts', () => {
    const plan = planMove(a, cellTarget(cell(1, 1))!, SLOT, schedule);
    expect(plan).toEqual({ target: { startsAt: T0 + SLOT, table: 1 }, unchanged: false, conflicts: [] });
  });

  it('plans a drop on an occupied cell with the table conflict, and on a slot a person is busy with the person conflict', () => {
    expect(planMove(a, cellTarget(cell(1, 2))!, SLOT, schedule).conflicts).toMatchObject([{ kind: 'table', with: { id: 'b' } }]);
    expect(planMove(a, cellTarget(cell(2, 5))!, SLOT, schedule).conflicts).toMatchObject([{ kind: 'person', name: 'V1', with: { id: 'c' } }]);
  });

  it('knows a drop back on its own cell changes nothing', () => {
    expect(planMove(a, cellTarget(cell(0, 1))!, SLOT, schedule)).toMatchObject({ unchanged: true, conflicts: [] });
  });

  it('previews the move on a copy of the board and leaves an occupied cell to its meeting', () => {
    const index = boardIndex(schedule.meetings);
    const moved = withMove(index, a, { startsAt: T0 + SLOT, table: 1 });
    expect(moved.get(`1@${T0 + SLOT}`)).toBe(a);
    expect(moved.has(`1@${T0}`)).toBe(false);
    expect(index.get(`1@${T0}`)).toBe(a);
    expect(withMove(index, a, { startsAt: T0 + SLOT, table: 2 })).toBe(index);
  });
});

describe('visibleSpan (the rows or columns of the board to render)', () => {
  it('covers the viewport from the top, with the overscan after it', () => {
    expect(visibleSpan(0, 440, 44, 150, 3)).toEqual({ from: 0, to: 13 });
  });

  it('follows the scroll offset, a partly shown row included, with the overscan both sides', () => {
    // 1,000 px down: rows 22 (partly) to 32 (partly) are in view.
    expect(visibleSpan(1000, 440, 44, 150, 3)).toEqual({ from: 19, to: 36 });
    expect(visibleSpan(1000, 440, 44, 150, 0)).toEqual({ from: 22, to: 33 });
  });

  it('stops at the last row and the first', () => {
    expect(visibleSpan(150 * 44 - 440, 440, 44, 150, 3)).toEqual({ from: 137, to: 150 });
    expect(visibleSpan(-50, 440, 44, 150, 3)).toEqual({ from: 0, to: 13 });
    expect(visibleSpan(99_999, 440, 44, 150, 3)).toEqual({ from: 147, to: 150 });
  });

  it('renders everything when all fits, at least one row in a zero-height view, and nothing when there is nothing', () => {
    expect(visibleSpan(0, 2000, 118, 10, 1)).toEqual({ from: 0, to: 10 });
    expect(visibleSpan(88, 0, 44, 150, 0)).toEqual({ from: 2, to: 3 });
    expect(visibleSpan(0, 440, 44, 0, 3)).toEqual({ from: 0, to: 0 });
  });
});

describe('meetingIdOf', () => {
  it('finds the meeting a click or drag started in, from the button or anything inside it', () => {
    const cell = document.createElement('div');
    cell.innerHTML = '<button data-meeting-id="m-1"><b>name</b></button>';
    expect(meetingIdOf(cell.querySelector('b'))).toBe('m-1');
    expect(meetingIdOf(cell.querySelector('button'))).toBe('m-1');
    expect(meetingIdOf(cell)).toBeNull();
    expect(meetingIdOf(null)).toBeNull();
  });
});

describe('firstMeetingCell', () => {
  const slots = [0, 1, 2, 3, 4, 5].map((k) => T0 + k * SLOT);
  const later = meeting('later', 's1', 'v1', 4, 2);
  const sameTime = meeting('same', 's2', 'v2', 4, 1);
  const otherDay = meeting('other', 's3', 'v3', -20, 1);

  it('opens at the day\'s first meeting, on the lowest table at that time', () => {
    expect(firstMeetingCell([later, sameTime, otherDay], slots, null)).toEqual({ col: 4, table: 1 });
  });

  it('follows the person filtered on', () => {
    expect(firstMeetingCell([later, sameTime, meeting('last', 's1', 'v9', 5, 6)], slots, 's1')).toEqual({ col: 4, table: 2 });
    expect(firstMeetingCell([later, sameTime], slots, 'v2')).toEqual({ col: 4, table: 1 });
  });

  it('is null for a day without meetings (or none of that person)', () => {
    expect(firstMeetingCell([otherDay], slots, null)).toBeNull();
    expect(firstMeetingCell([later], slots, 'nobody')).toBeNull();
  });
});

describe('nextMeetingCell (arrow keys between meetings)', () => {
  // Three slots, four tables: meetings at (table 1, slot 0), (1, 2), (3, 0), (4, 2).
  const slots = [T0, T0 + SLOT, T0 + 2 * SLOT];
  const index = boardIndex([meeting('a', 's1', 'v1', 0, 1), meeting('b', 's2', 'v2', 2, 1), meeting('c', 's3', 'v3', 0, 3), meeting('d', 's4', 'v4', 2, 4)]);
  const at = (slot: number, table: number) => ({ startsAt: T0 + slot * SLOT, table });

  it('moves along the table to the nearest slot with a meeting, over empty ones', () => {
    expect(nextMeetingCell(index, slots, 4, at(0, 1), 'right')).toEqual(at(2, 1));
    expect(nextMeetingCell(index, slots, 4, at(2, 1), 'left')).toEqual(at(0, 1));
  });

  it('moves along the slot to the nearest table with a meeting, over empty ones', () => {
    expect(nextMeetingCell(index, slots, 4, at(0, 1), 'down')).toEqual(at(0, 3));
    expect(nextMeetingCell(index, slots, 4, at(0, 3), 'up')).toEqual(at(0, 1));
    expect(nextMeetingCell(index, slots, 4, at(2, 1), 'down')).toEqual(at(2, 4));
  });

  it('stays put at an edge or when nothing lies that way', () => {
    expect(nextMeetingCell(index, slots, 4, at(0, 1), 'left')).toBeNull();
    expect(nextMeetingCell(index, slots, 4, at(0, 1), 'up')).toBeNull();
    expect(nextMeetingCell(index, slots, 4, at(0, 3), 'right')).toBeNull();
    expect(nextMeetingCell(index, slots, 4, at(2, 4), 'down')).toBeNull();
  });
});
