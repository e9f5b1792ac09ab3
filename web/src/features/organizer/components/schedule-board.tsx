import { Badge, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { formatLocalDate, formatTime } from '@/lib/format';
import { datesBetween, daySlots, type GridSpec } from '@/lib/zoned-time';
import type { BoardMeeting } from '../api/board';
import { useBoard } from '../api/organizer';
import { ARROW_DIRECTIONS, boardIndex, cellKey, cellTarget, firstMeetingCell, involves, meetingIdOf, nextMeetingCell, planMove, sameSpan, visibleSpan, withMove, type MoveTarget, type Span } from './board-logic';
import { MoveMeetingDialog } from './move-meeting-dialog';
import classes from './schedule-board.module.css';
import { useScrollWindow } from './use-scroll-window';

// Row, column, header and table-number widths in px; the stylesheet draws the same sizes.
const ROW = 44;
const COL = 118;
const HEAD = 32;
const LABEL = 64;

const MEETING_TYPE = 'application/x-sgm-meeting';
/** The line under the toolbar that tells keyboard users how to move around (the grid's description; not shown on phones). */
const KEYS_HELP_ID = 'schedule-board-keys';

/**
 * Slots × tables for one day; only the cells in view render, so thousands of meetings stay smooth. A meeting moves by
 * dragging it onto another cell (shown there while the dialog lists the clashes and asks to confirm; back in place
 * on cancel or when the server refuses) or, by keyboard or touch, through the dialog its button opens. The arrow keys
 * go from a meeting to the nearest one along its table or its slot, scrolling it into view.
 */
export function ScheduleBoard({ eventId, spec, tables }: { eventId: string; spec: GridSpec; tables: number }) {
  const { t, i18n } = useTranslation();
  const schedule = useBoard(eventId);
  const days = useMemo(() => datesBetween(spec.startDate, spec.endDate).map((date) => ({ date, slots: daySlots(spec, date) })), [spec]);
  const [day, setDay] = useState(days[0]?.date ?? '');
  const [person, setPerson] = useState<string | null>(null);
  // The meeting in the dialog; `target` when it was dropped on a cell, `failed` once the server refused that move.
  const [moving, setMoving] = useState<{ meeting: BoardMeeting; target?: MoveTarget; failed?: boolean } | null>(null);
  const [dragging, setDragging] = useState<BoardMeeting | null>(null);
  const [over, setOver] = useState<MoveTarget | null>(null);
  const stored = useMemo(() => boardIndex(schedule.data?.meetings ?? []), [schedule.data]);
  const index = useMemo(
    () => (moving?.target && !moving.failed ? withMove(stored, moving.meeting, moving.target) : stored),
    [stored, moving],
  );
  const byId = useMemo(() => new Map((schedule.data?.meetings ?? []).map((m) => [m.id, m])), [schedule.data]);
  // The person filter's names, sorted after the board's first paint (a background render): sorting 2,000 names by
  // the language's collation takes tens of ms, and only the filter's list needs it.
  const later = useDeferredValue(schedule.data);
  const people = useMemo(() => {
    const names = new Map<string, string>();
    for (const m of later?.meetings ?? []) {
      if (!names.has(m.startup.accountId)) names.set(m.startup.accountId, m.startup.name);
      if (!names.has(m.counterpart.accountId)) names.set(m.counterpart.accountId, m.counterpart.name);
    }
    const collator = new Intl.Collator(i18n.language); // one collator: localeCompare would build one per comparison
    return [...names.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
  }, [later, i18n.language]);

  const slotMs = spec.meetingGrid.slotMinutes * 60_000;
  const slots = useMemo(() => days.find((d) => d.date === day)?.slots ?? [], [days, day]);
  // Where the grid opens for this day and person: their first meeting (a phone shows two or three slots at a time).
  const opening = useMemo(() => firstMeetingCell(schedule.data?.meetings ?? [], slots, person), [schedule.data, slots, person]);
  const personCount = useMemo(() => (schedule.data?.meetings ?? []).filter((m) => involves(m, person)).length, [schedule.data, person]);
  // Stable, so scrolling renders only the rows that come into view.
  const endDrag = useCallback(() => {
    setDragging(null);
    setOver(null);
  }, []);
  const actions = useMemo<RowActions>(() => ({ open: (meeting) => setMoving({ meeting }), dragStart: setDragging, dragEnd: endDrag }), [endDrag]);
  // Only the cell under the pointer is checked while dragging; the dialog shows the details after the drop.
  const overPlan = useMemo(
    () => (dragging && over && schedule.data ? planMove(dragging, over, slotMs, schedule.data) : null),
    [dragging, over, slotMs, schedule.data],
  );

  if (schedule.isLoading) return <Loading />;
  if (schedule.error) return <ErrorAlert error={schedule.error} />;
  const data = schedule.data!;

  const onDragOver = (e: DragEvent) => {
    const target = dragging && cellTarget(e.target);
    if (!target) return;
    e.preventDefault(); // this cell accepts the drop
    e.dataTransfer.dropEffect = 'move';
    if (!over || cellKey(over) !== cellKey(target)) setOver(target);
  };
  const onDrop = (e: DragEvent) => {
    const target = cellTarget(e.target);
    const meeting = dragging;
    endDrag();
    if (!meeting || !target) return;
    e.preventDefault();
    if (!planMove(meeting, target, slotMs, data).unchanged) setMoving({ meeting, target });
  };
  const onDragLeave = (e: DragEvent) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
  };

  return (
    <Stack>
      <BoardToolbar days={days} day={day} onDay={setDay} people={people} person={person} onPerson={setPerson} count={personCount} published={data.published} />
      {data.meetings.length === 0 && <EmptyState title={t('board.empty')}>{t('board.emptyHelp')}</EmptyState>}
      {data.meetings.length > 0 && (
        <Text id={KEYS_HELP_ID} size="xs" c="dimmed" visibleFrom="sm">
          {t('board.keysHelp')}
        </Text>
      )}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <BoardGrid
          slots={slots}
          timezone={data.timezone}
          tables={tables}
          index={index}
          byId={byId}
          person={person}
          draggingId={dragging?.id ?? null}
          over={overPlan?.target ?? null}
          overClash={!!overPlan?.conflicts.length}
          proposedId={moving?.target && !moving.failed ? moving.meeting.id : null}
          opening={opening}
          openingKey={`${day}|${person ?? ''}`}
          actions={actions}
          onDragOver={onDragOver}
          onDrop={onDrop}
          onDragLeave={onDragLeave}
        />
      </Paper>
      <MoveMeetingDialog
        meeting={moving?.meeting ?? null}
        target={moving?.target}
        schedule={data}
        days={days}
        tables={tables}
        slotMs={slotMs}
        eventId={eventId}
        onClose={() => setMoving(null)}
        onFailed={() => setMoving((m) => m && { ...m, failed: true })}
      />
    </Stack>
  );
}

interface RowActions {
  open: (meeting: BoardMeeting) => void;
  dragStart: (meeting: BoardMeeting) => void;
  dragEnd: () => void;
}

interface GridProps {
  slots: number[];
  timezone: string;
  tables: number;
  index: Map<string, BoardMeeting>;
  byId: Map<string, BoardMeeting>;
  person: string | null;
  draggingId: string | null;
  /** The cell under a dragged meeting, and whether dropping there would clash. */
  over: MoveTarget | null;
  overClash: boolean;
  proposedId: string | null;
  /** The cell to bring into view once per `openingKey` (a day and person shown), if it is out of view. */
  opening: { col: number; table: number } | null;
  openingKey: string;
  actions: RowActions;
  onDragOver: (e: DragEvent) => void;
  onDrop: (e: DragEvent) => void;
  onDragLeave: (e: DragEvent) => void;
}

/** Rows and columns of the grid beyond the viewport kept rendered, so a fast scroll does not show blank cells. */
const OVERSCAN_ROWS = 3;
const OVERSCAN_COLS = 1;

/**
 * The rows (tables) and columns (slots) in view of the scroller: read on each scroll and resize and rendered at once
 * (flushSync), and changed only when a row or column enters or leaves the view.
 */
function useGridWindow(scroller: RefObject<HTMLDivElement | null>, rows: number, cols: number): { rows: Span; cols: Span } {
  return useScrollWindow(
    scroller,
    () => ({ rows: { from: 0, to: Math.min(rows, 16) }, cols: { from: 0, to: Math.min(cols, 10) } }),
    (el) => ({
      rows: visibleSpan(el.scrollTop, el.clientHeight - HEAD, ROW, rows, OVERSCAN_ROWS),
      cols: visibleSpan(el.scrollLeft, el.clientWidth - LABEL, COL, cols, OVERSCAN_COLS),
    }),
    (a, b) => sameSpan(a.rows, b.rows) && sameSpan(a.cols, b.cols),
    [rows, cols],
  );
}

/**
 * The scrolling grid, virtualised both ways: only the tables and slots in view render (a dozen columns of a few dozen
 * rows), each meeting one button in its cell. Clicks and drags are handled once here for every meeting (the button's
 * data-meeting-id says which). The table numbers sit in one sticky column beside the rows, the slot times in a sticky
 * header above them.
 */
const BoardGrid = memo(function BoardGrid({ slots, timezone, tables, index, byId, person, draggingId, over, overClash, proposedId, opening, openingKey, actions, onDragOver, onDrop, onDragLeave }: GridProps) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const view = useGridWindow(parent, tables, slots.length);
  // Once per day and person shown (not when a move changes the data): their first meeting scrolled into view when it
  // is not, so a day whose meetings start late does not open on empty cells. The scroll event updates the window.
  const openedFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = parent.current;
    if (!el || !opening || openedFor.current === openingKey) return;
    openedFor.current = openingKey;
    bringIntoView(el, opening.col, opening.table);
  }, [opening, openingKey]);
  // The meeting an arrow key went to: focused once its cell is rendered (it may first have to scroll into view).
  const focusNext = useRef<MoveTarget | null>(null);
  const focusPending = () => {
    const target = focusNext.current;
    const button = target && parent.current?.querySelector<HTMLElement>(`[data-slot="${target.startsAt}"][data-table="${target.table}"] [data-meeting-id]`);
    if (!button) return;
    focusNext.current = null;
    button.focus();
  };
  useLayoutEffect(focusPending);
  const shownSlots = useMemo(() => slots.slice(view.cols.from, view.cols.to), [slots, view.cols.from, view.cols.to]);
  // Each meeting's accessible name, made once per meeting and language rather than at every render of its row.
  const labels = useMemo(() => {
    const made = new Map<string, string>();
    return (m: BoardMeeting, table: number) => {
      const key = `${m.id}@${table}`;
      let label = made.get(key);
      if (label === undefined) made.set(key, (label = t('board.meetingLabel', { a: m.startup.name, b: m.counterpart.name, table })));
      return label;
    };
  }, [t, byId]);
  const meetingOf = (e: SyntheticEvent) => {
    const id = meetingIdOf(e.target);
    return id ? byId.get(id) : undefined;
  };
  const onClick = (e: MouseEvent) => {
    focusNext.current = null;
    const m = meetingOf(e);
    if (m) actions.open(m);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const direction = ARROW_DIRECTIONS[e.key];
    const from = direction && meetingIdOf(e.target) ? cellTarget(e.target) : null;
    const next = from && nextMeetingCell(index, slots, tables, from, direction);
    if (!from) return;
    e.preventDefault(); // the scroller would scroll instead
    if (!next || !parent.current) return;
    focusNext.current = next;
    bringIntoView(parent.current, slots.indexOf(next.startsAt), next.table);
    focusPending(); // at once when it is rendered already; else after the scroll renders it
  };
  const onDragStart = (e: DragEvent) => {
    const m = meetingOf(e);
    if (!m) return;
    e.dataTransfer.setData(MEETING_TYPE, m.id);
    e.dataTransfer.effectAllowed = 'move';
    actions.dragStart(m);
  };
  const rows: ReactNode[] = [];
  const labelCells: ReactNode[] = [];
  for (let r = view.rows.from; r < view.rows.to; r++) {
    const table = r + 1;
    labelCells.push(
      <div key={r} className={classes.label} style={{ top: r * ROW }}>
        {table}
      </div>,
    );
    rows.push(
      <BoardRow
        key={r}
        table={table}
        top={HEAD + r * ROW}
        left={LABEL + view.cols.from * COL}
        slots={shownSlots}
        index={index}
        person={person}
        draggingId={draggingId}
        overSlot={over?.table === table ? over.startsAt : null}
        overClash={over?.table === table && overClash}
        proposedId={proposedId}
        label={labels}
      />,
    );
  }
  const height = tables * ROW;
  return (
    <div ref={parent} className={classes.scroller} tabIndex={0} aria-label={t('nav.board')} aria-describedby={KEYS_HELP_ID} role="region">
      <div
        className={classes.canvas}
        style={{ width: LABEL + slots.length * COL, height: HEAD + height }}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onDragStart={onDragStart}
        onDragEnd={actions.dragEnd}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onDragLeave={onDragLeave}
      >
        <BoardHeader slots={shownSlots} offset={view.cols.from * COL} timezone={timezone} />
        <div className={classes.labels} style={{ height }}>
          {labelCells}
        </div>
        {rows}
      </div>
    </div>
  );
});

/** Scrolls the board so the cell of column `col` and `table` is in view, when it is not. */
function bringIntoView(el: HTMLElement, col: number, table: number): void {
  const left = col * COL;
  const top = (table - 1) * ROW;
  if (left < el.scrollLeft || left + COL > el.scrollLeft + el.clientWidth - LABEL) el.scrollLeft = left;
  if (top < el.scrollTop || top + ROW > el.scrollTop + el.clientHeight - HEAD) el.scrollTop = top;
}

interface RowProps {
  table: number;
  top: number;
  /** Where the first rendered column starts (px from the canvas's left edge). */
  left: number;
  /** The slot starts of the rendered columns. */
  slots: number[];
  index: Map<string, BoardMeeting>;
  person: string | null;
  draggingId: string | null;
  /** The cell of this row under a dragged meeting, and whether dropping there would clash. */
  overSlot: number | null;
  overClash: boolean;
  /** A dropped meeting awaiting confirmation, drawn dashed at its new place. */
  proposedId: string | null;
  label: (m: BoardMeeting, table: number) => string;
}

/**
 * The rendered cells of one table's row: memoised, two plain elements per meeting (the cell, a drop target, and the
 * meeting's button with both names as one text) with fixed sizes and CSS containment, no handlers of their own (the
 * grid handles clicks and drags) and no inline styles, as a hundred cells come and go each frame while scrolling.
 */
const BoardRow = memo(function BoardRow({ table, top, left, slots, index, person, draggingId, overSlot, overClash, proposedId, label }: RowProps) {
  return (
    <div className={classes.row} style={{ top, left, width: slots.length * COL }}>
      {slots.map((s) => {
        const m = index.get(cellKey({ table, startsAt: s }));
        const cell = overSlot === s ? `${classes.cell} ${overClash ? classes.clash : classes.over}` : classes.cell;
        return (
          <div key={s} data-slot={s} data-table={table} className={cell}>
            {m && (
              <button
                type="button"
                draggable
                data-meeting-id={m.id}
                aria-label={label(m, table)}
                className={
                  classes.meeting +
                  (involves(m, person) ? ` ${classes.shown}` : '') +
                  (draggingId === m.id ? ` ${classes.dragging}` : '') +
                  (proposedId === m.id ? ` ${classes.proposed}` : '')
                }
              >
                {`${m.startup.name}\n${m.counterpart.name}`}
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
});

interface ToolbarProps {
  days: { date: string }[];
  day: string;
  onDay: (day: string) => void;
  people: { value: string; label: string }[];
  person: string | null;
  onPerson: (person: string | null) => void;
  count: number;
  published: boolean;
}

/** Day switch, person filter (thousands of names) and count: memoised so scrolling the board does not render them again. */
const BoardToolbar = memo(function BoardToolbar({ days, day, onDay, people, person, onPerson, count, published }: ToolbarProps) {
  const { t, i18n } = useTranslation();
  return (
    <Group wrap="wrap" gap="sm">
      <SegmentedControl aria-label={t('board.day')} value={day} onChange={onDay} data={days.map((d) => ({ value: d.date, label: formatLocalDate(d.date, i18n.language) }))} />
      <Select placeholder={t('board.filterPerson')} aria-label={t('board.filterPerson')} data={people} value={person} onChange={onPerson} searchable clearable w={260} limit={50} />
      <Badge variant="light" size="lg">
        {t('board.meetingsCount', { count })}
      </Badge>
      {published && <Badge color="teal">{t('schedule.published')}</Badge>}
    </Group>
  );
});

/** The sticky row of the rendered columns' slot times (memoised: formatting times is not free). */
const BoardHeader = memo(function BoardHeader({ slots, offset, timezone }: { slots: number[]; offset: number; timezone: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={classes.head}>
      <div className={classes.corner}>{t('board.table')}</div>
      <div className={classes.headCells} style={{ marginLeft: offset }}>
        {slots.map((s) => (
          <div key={s} className={classes.headCell}>
            {formatTime(new Date(s).toISOString(), timezone, i18n.language)}
          </div>
        ))}
      </div>
    </div>
  );
});
