import type { Schema } from '@/lib/api-client';

/** The schedule board's compact read (`GET …/schedule/board`): people and times once, meetings as columns of indexes. */
export type BoardView = Schema<'ScheduleBoardView'>;

export interface BoardPerson {
  accountId: string;
  name: string;
  role: BoardView['people']['role'][number];
}

/** A booked meeting as the board uses it: its times in ms, its two people shared with every other meeting of theirs. */
export interface BoardMeeting {
  id: string;
  startsAt: number;
  endsAt: number;
  table: number;
  startup: BoardPerson;
  counterpart: BoardPerson;
}

export interface BoardPitch {
  person: BoardPerson;
  session: string;
  startsAt: number;
  endsAt: number;
}

export interface Board {
  timezone: string;
  published: boolean;
  meetings: BoardMeeting[];
  pitches: BoardPitch[];
}

/** The board's read as objects: one object per person and per meeting (each time parsed once), in the read's order. */
export function decodeBoard(view: BoardView): Board {
  const { people, times } = view;
  const persons: BoardPerson[] = people.accountId.map((accountId, i) => ({ accountId, name: people.name[i], role: people.role[i] }));
  const starts = times.startsAt.map((s) => Date.parse(s));
  const ends = times.endsAt.map((s) => Date.parse(s));
  const { id, time, table, startup, counterpart } = view.meetings;
  const meetings = id.map((meetingId, i) => ({
    id: meetingId,
    startsAt: starts[time[i]],
    endsAt: ends[time[i]],
    table: table[i],
    startup: persons[startup[i]],
    counterpart: persons[counterpart[i]],
  }));
  const pitches = view.pitches.map((p) => ({ person: persons[p.person], session: p.session, startsAt: Date.parse(p.startsAt), endsAt: Date.parse(p.endsAt) }));
  return { timezone: view.timezone, published: view.published, meetings, pitches };
}

/** The read a board would come from (tests): people and times listed once, in order of first use. */
export function encodeBoard(board: Board, eventId = 'e'): BoardView {
  const view: BoardView = {
    eventId,
    timezone: board.timezone,
    published: board.published,
    people: { accountId: [], name: [], role: [] },
    times: { startsAt: [], endsAt: [] },
    meetings: { id: [], time: [], table: [], startup: [], counterpart: [] },
    pitches: [],
  };
  const personAt = new Map<string, number>();
  const person = (p: BoardPerson) => {
    if (!personAt.has(p.accountId)) {
      personAt.set(p.accountId, view.people.accountId.length);
      view.people.accountId.push(p.accountId);
      view.people.name.push(p.name);
      view.people.role.push(p.role);
    }
    return personAt.get(p.accountId)!;
  };
  const timeAt = new Map<string, number>();
  for (const m of board.meetings) {
    const key = `${m.startsAt}/${m.endsAt}`;
    if (!timeAt.has(key)) {
      timeAt.set(key, view.times.startsAt.length);
      view.times.startsAt.push(new Date(m.startsAt).toISOString());
      view.times.endsAt.push(new Date(m.endsAt).toISOString());
    }
    view.meetings.id.push(m.id);
    view.meetings.time.push(timeAt.get(key)!);
    view.meetings.table.push(m.table);
    view.meetings.startup.push(person(m.startup));
    view.meetings.counterpart.push(person(m.counterpart));
  }
  view.pitches = board.pitches.map((p) => ({ person: person(p.person), session: p.session, startsAt: new Date(p.startsAt).toISOString(), endsAt: new Date(p.endsAt).toISOString() }));
  return view;
}
