import { Badge, Group, Paper, SegmentedControl, Select, Stack } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { formatLocalDate, formatTime } from '@/lib/format';
import { datesBetween, daySlots, type GridSpec } from '@/lib/zoned-time';
import { useSchedule, type ScheduleMeeting } from '../api/organizer';
import { boardIndex, cellKey, cellTarget, involves, planMove, withMove, type MoveTarget } from './board-logic';
import { MoveMeetingDialog } from './move-meeting-dialog';
import classes from './schedule-board.module.css';

// Row, column, header and table-number widths in px; the stylesheet draws the same sizes.
const ROW = 44;
const COL = 118;
const HEAD = 32;
const LABEL = 64;

const MEETING_TYPE = 'application/x-sgm-meeting';

/**
 * Slots × tables for one day; only visible rows render, so thousands of meetings stay smooth. A meeting moves by
 * dragging it onto another cell (shown there while the dialog lists the clashes and asks to confirm; back in place
 * on cancel or when the server refuses) or, by keyboard or touch, through the dialog its button opens.
 */
export function ScheduleBoard({ eventId, spec, tables }: { eventId: string; spec: GridSpec; tables: number }) {
  const { t, i18n } = useTranslation();
  const schedule = useSchedule(eventId);
  const days = useMemo(() => datesBetween(spec.startDate, spec.endDate).map((date) => ({ date, slots: daySlots(spec, date) })), [spec]);
  const [day, setDay] = useState(days[0]?.date ?? '');
  const [person, setPerson] = useState<string | null>(null);
  // The meeting in the dialog; `target` when it was dropped on a cell, `failed` once the server refused that move.
  const [moving, setMoving] = useState<{ meeting: ScheduleMeeting; target?: MoveTarget; failed?: boolean } | null>(null);
  const [dragging, setDragging] = useState<ScheduleMeeting | null>(null);
  const [over, setOver] = useState<MoveTarget | null>(null);
  const stored = useMemo(() => boardIndex(schedule.data?.meetings ?? []), [schedule.data]);
  const index = useMemo(
    () => (moving?.target && !moving.failed ? withMove(stored, moving.meeting, moving.target) : stored),
    [stored, moving],
  );
  const people = useMemo(() => {
    const names = new Map<string, string>();
    for (const m of schedule.data?.meetings ?? []) {
      names.set(m.startup.accountId, m.startup.name);
      names.set(m.counterpart.accountId, m.counterpart.name);
    }
    const collator = new Intl.Collator(i18n.language); // one collator: localeCompare would build one per comparison
    return [...names.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
  }, [schedule.data, i18n.language]);

  const slotMs = spec.meetingGrid.slotMinutes * 60_000;
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
  const slots = days.find((d) => d.date === day)?.slots ?? [];

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
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <BoardGrid
          slots={slots}
          timezone={data.timezone}
          tables={tables}
          index={index}
          person={person}
          draggingId={dragging?.id ?? null}
          over={overPlan?.target ?? null}
          overClash={!!overPlan?.conflicts.length}
          proposedId={moving?.target && !moving.failed ? moving.meeting.id : null}
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
  open: (meeting: ScheduleMeeting) => void;
  dragStart: (meeting: ScheduleMeeting) => void;
  dragEnd: () => void;
}

interface GridProps {
  slots: number[];
  timezone: string;
  tables: number;
  index: Map<string, ScheduleMeeting>;
  person: string | null;
  draggingId: string | null;
  /** The cell under a dragged meeting, and whether dropping there would clash. */
  over: MoveTarget | null;
  overClash: boolean;
  proposedId: string | null;
  actions: RowActions;
  onDragOver: (e: DragEvent) => void;
  onDrop: (e: DragEvent) => void;
  onDragLeave: (e: DragEvent) => void;
}

/**
 * The scrolling grid. It holds the virtualiser, so scrolling renders this grid (and only the rows coming into view),
 * not the toolbar or the dialog; the table numbers sit in one sticky column beside the rows.
 */
const BoardGrid = memo(function BoardGrid({ slots, timezone, tables, index, person, draggingId, over, overClash, proposedId, actions, onDragOver, onDrop, onDragLeave }: GridProps) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({ count: tables, getScrollElement: () => parent.current, estimateSize: () => ROW, overscan: 8 });
  const items = rows.getVirtualItems();
  const height = rows.getTotalSize();
  const width = slots.length * COL;
  return (
    <div ref={parent} className={classes.scroller} tabIndex={0} aria-label={t('nav.board')} role="region">
      <div className={classes.canvas} style={{ width: LABEL + width, height: HEAD + height }} onDragOver={onDragOver} onDrop={onDrop} onDragLeave={onDragLeave}>
        <BoardHeader slots={slots} timezone={timezone} />
        <div className={classes.labels} style={{ height }}>
          {items.map((v) => (
            <div key={v.index} className={classes.label} style={{ top: v.start }}>
              {v.index + 1}
            </div>
          ))}
        </div>
        {items.map((v) => (
          <BoardRow
            key={v.index}
            table={v.index + 1}
            top={HEAD + v.start}
            width={width}
            slots={slots}
            index={index}
            person={person}
            draggingId={draggingId}
            overSlot={over?.table === v.index + 1 ? over.startsAt : null}
            overClash={over?.table === v.index + 1 && overClash}
            proposedId={proposedId}
            actions={actions}
          />
        ))}
      </div>
    </div>
  );
});

interface RowProps {
  table: number;
  top: number;
  width: number;
  slots: number[];
  index: Map<string, ScheduleMeeting>;
  person: string | null;
  draggingId: string | null;
  /** The cell of this row under a dragged meeting, and whether dropping there would clash. */
  overSlot: number | null;
  overClash: boolean;
  /** A dropped meeting awaiting confirmation, drawn dashed at its new place. */
  proposedId: string | null;
  actions: RowActions;
}

/**
 * One table's row of cells: memoised, plain elements with fixed sizes and CSS containment (no per-cell components or
 * inline style objects), as hundreds of cells come and go each frame while scrolling.
 */
const BoardRow = memo(function BoardRow({ table, top, width, slots, index, person, draggingId, overSlot, overClash, proposedId, actions }: RowProps) {
  const { t } = useTranslation();
  return (
    <div className={classes.row} style={{ top, width }}>
      {slots.map((s) => {
        const m = index.get(cellKey({ table, startsAt: s }));
        const shown = m && involves(m, person);
        const cell = overSlot === s ? `${classes.cell} ${overClash ? classes.clash : classes.over}` : classes.cell;
        return (
          <div key={s} data-slot={s} data-table={table} className={cell}>
            {m && (
              <button
                type="button"
                draggable
                data-meeting-id={m.id}
                onDragStart={(e) => {
                  e.dataTransfer.setData(MEETING_TYPE, m.id);
                  e.dataTransfer.effectAllowed = 'move';
                  actions.dragStart(m);
                }}
                onDragEnd={actions.dragEnd}
                onClick={() => actions.open(m)}
                aria-label={t('board.meetingLabel', { a: m.startup.name, b: m.counterpart.name, table })}
                className={[classes.meeting, shown && classes.shown, draggingId === m.id && classes.dragging, proposedId === m.id && classes.proposed]
                  .filter(Boolean)
                  .join(' ')}
              >
                <span className={classes.name}>{m.startup.name}</span>
                <span className={classes.name}>{m.counterpart.name}</span>
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

/** The sticky row of slot times (memoised: formatting times is not free). */
const BoardHeader = memo(function BoardHeader({ slots, timezone }: { slots: number[]; timezone: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={classes.head}>
      <div className={classes.corner}>{t('board.table')}</div>
      {slots.map((s) => (
        <div key={s} className={classes.headCell}>
          {formatTime(new Date(s).toISOString(), timezone, i18n.language)}
        </div>
      ))}
    </div>
  );
});
