import { Badge, Group, Paper, SegmentedControl, Select, Stack, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { formatLocalDate, formatTime } from '@/lib/format';
import { datesBetween, daySlots, type GridSpec } from '@/lib/zoned-time';
import { useSchedule, type ScheduleMeeting } from '../api/organizer';
import { boardIndex, involves } from './board-logic';
import { MoveMeetingDialog } from './move-meeting-dialog';

const ROW = 44;
const COL = 118;
const HEAD = 32;

/** Slots × tables for one day; only visible rows render, so thousands of meetings stay smooth. */
export function ScheduleBoard({ eventId, spec, tables }: { eventId: string; spec: GridSpec; tables: number }) {
  const { t, i18n } = useTranslation();
  const schedule = useSchedule(eventId);
  const days = useMemo(() => datesBetween(spec.startDate, spec.endDate).map((date) => ({ date, slots: daySlots(spec, date) })), [spec]);
  const [day, setDay] = useState(days[0]?.date ?? '');
  const [person, setPerson] = useState<string | null>(null);
  const [moving, setMoving] = useState<ScheduleMeeting | null>(null);
  const index = useMemo(() => boardIndex(schedule.data?.meetings ?? []), [schedule.data]);
  const people = useMemo(() => {
    const names = new Map<string, string>();
    for (const m of schedule.data?.meetings ?? []) {
      names.set(m.startup.accountId, m.startup.name);
      names.set(m.counterpart.accountId, m.counterpart.name);
    }
    return [...names.entries()].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [schedule.data]);
  const parent = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({ count: tables, getScrollElement: () => parent.current, estimateSize: () => ROW, overscan: 8 });

  if (schedule.isLoading) return <Loading />;
  if (schedule.error) return <ErrorAlert error={schedule.error} />;
  const data = schedule.data!;
  const slots = days.find((d) => d.date === day)?.slots ?? [];
  const slotMs = spec.meetingGrid.slotMinutes * 60_000;
  const personCount = person ? data.meetings.filter((m) => involves(m, person)).length : data.meetings.length;

  return (
    <Stack>
      <Group wrap="wrap" gap="sm">
        <SegmentedControl aria-label={t('board.day')} value={day} onChange={setDay} data={days.map((d) => ({ value: d.date, label: formatLocalDate(d.date, i18n.language) }))} />
        <Select placeholder={t('board.filterPerson')} aria-label={t('board.filterPerson')} data={people} value={person} onChange={setPerson} searchable clearable w={260} limit={50} />
        <Badge variant="light" size="lg">
          {t('board.meetingsCount', { count: personCount })}
        </Badge>
        {data.published && <Badge color="teal">{t('schedule.published')}</Badge>}
      </Group>
      {data.meetings.length === 0 && <EmptyState title={t('board.empty')}>{t('board.emptyHelp')}</EmptyState>}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <div ref={parent} style={{ height: 'min(70vh, 680px)', overflow: 'auto', position: 'relative' }} tabIndex={0} aria-label={t('nav.board')} role="region">
          <div style={{ width: 64 + slots.length * COL, height: HEAD + rows.getTotalSize(), position: 'relative' }}>
            <div style={{ position: 'sticky', top: 0, zIndex: 2, display: 'flex', height: HEAD, background: 'var(--mantine-color-body)', borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
              <Text size="xs" fw={700} w={64} p={6} style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}>
                {t('board.table')}
              </Text>
              {slots.map((s) => (
                <Text key={s} size="xs" fw={700} w={COL} p={6} style={{ flexShrink: 0 }}>
                  {formatTime(new Date(s).toISOString(), data.timezone, i18n.language)}
                </Text>
              ))}
            </div>
            {rows.getVirtualItems().map((v) => {
              const table = v.index + 1;
              return (
                <div key={table} style={{ position: 'absolute', top: HEAD + v.start, left: 0, height: ROW, display: 'flex', borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                  <Text size="xs" w={64} p={6} fw={600} style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}>
                    {table}
                  </Text>
                  {slots.map((s) => {
                    const m = index.get(`${table}@${s}`);
                    const shown = m && involves(m, person);
                    return (
                      <div key={s} style={{ width: COL, flexShrink: 0, padding: 2 }}>
                        {m && (
                          <UnstyledButton
                            onClick={() => setMoving(m)}
                            aria-label={t('board.meetingLabel', { a: m.startup.name, b: m.counterpart.name, table })}
                            style={{
                              display: 'block', width: '100%', height: ROW - 6, borderRadius: 6, padding: '2px 6px', overflow: 'hidden',
                              background: shown ? 'var(--mantine-color-blue-1)' : 'var(--mantine-color-gray-1)', opacity: shown ? 1 : 0.45,
                              border: '1px solid var(--mantine-color-blue-3)',
                            }}
                          >
                            <Text size="10px" lh={1.25} truncate c="dark">
                              {m.startup.name}
                            </Text>
                            <Text size="10px" lh={1.25} truncate c="dark">
                              {m.counterpart.name}
                            </Text>
                          </UnstyledButton>
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </Paper>
      <MoveMeetingDialog meeting={moving} schedule={data} days={days} tables={tables} slotMs={slotMs} eventId={eventId} onClose={() => setMoving(null)} />
    </Stack>
  );
}
