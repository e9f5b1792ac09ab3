import { Alert, Button, Group, List, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatTime, formatLocalDate } from '@/lib/format';
import type { Board, BoardMeeting } from '../api/board';
import { useMoveMeeting } from '../api/organizer';
import { planMove, type MoveTarget } from './board-logic';

interface Props {
  meeting: BoardMeeting | null;
  schedule: Board;
  days: { date: string; slots: number[] }[];
  tables: number;
  slotMs: number;
  eventId: string;
  /** Where the meeting was dropped on the board; without it the dialog opens on the meeting's own slot and table. */
  target?: MoveTarget;
  onClose: () => void;
  /** The server refused the move (e.g. 409): its message stays in the dialog, and the board puts the meeting back. */
  onFailed?: () => void;
}

/** Move one meeting to another slot or table; clashes the board can see are shown before saving. */
export function MoveMeetingDialog({ meeting, schedule, days, tables, slotMs, eventId, target, onClose, onFailed }: Props) {
  const { t, i18n } = useTranslation();
  const move = useMoveMeeting(eventId);
  const [slot, setSlot] = useState<string | null>(null);
  const [table, setTable] = useState<number>(1);
  useEffect(() => {
    if (meeting) {
      setSlot(String(target?.startsAt ?? meeting.startsAt));
      setTable(target?.table ?? meeting.table);
      move.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meeting?.id, target?.startsAt, target?.table]);
  if (!meeting) return null;
  const options = days.map((d) => ({
    group: formatLocalDate(d.date, i18n.language),
    items: d.slots.map((s) => ({ value: String(s), label: `${formatLocalDate(d.date, i18n.language)} ${formatTime(new Date(s).toISOString(), schedule.timezone, i18n.language)}` })),
  }));
  const at = slot ? Number(slot) : meeting.startsAt;
  const { conflicts, unchanged } = planMove(meeting, { startsAt: at, table }, slotMs, schedule);

  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened onClose={onClose} title={t('board.moveTitle', { a: meeting.startup.name, b: meeting.counterpart.name })}>
      <Stack>
        <Select label={t('board.slot')} data={options} value={slot} onChange={setSlot} searchable allowDeselect={false} comboboxProps={{ withinPortal: true }} />
        <NumberInput label={t('board.table')} min={1} max={tables} value={table} onChange={(v) => setTable(Math.max(1, Math.min(tables, Number(v) || 1)))} />
        {conflicts.length > 0 ? (
          <Alert color="red" title={t('board.conflicts')}>
            <List size="sm">
              {conflicts.map((c, i) => (
                <List.Item key={i}>
                  {c.kind === 'table'
                    ? t('board.conflictTable', { table, a: c.with.startup.name, b: c.with.counterpart.name })
                    : c.kind === 'person'
                      ? t('board.conflictPerson', { name: c.name })
                      : t('board.conflictPitch', { name: c.name, session: c.pitch.session })}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          !unchanged && <Text size="sm" c="teal">{t('board.noConflicts')}</Text>
        )}
        <Text size="xs" c="dimmed">
          {t('board.serverChecks')}
        </Text>
        <ErrorAlert error={move.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={conflicts.length > 0 || unchanged} loading={move.isPending} onClick={() => move.mutate({ id: meeting.id, startsAt: new Date(at).toISOString(), table }, { onSuccess: onClose, onError: onFailed })}>
            {t('board.move')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
