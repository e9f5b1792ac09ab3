import { Alert, Button, Group, List, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { formatPercent } from '@/lib/format';
import { organizerKeys, useCapacity, usePageRun, usePublish, useBoard, useUnschedulable } from '../api/organizer';
import { RunProgress } from './run-progress';
import { ScheduleGauge } from './schedule-gauge';

/** Capacity, the scheduler run with its live progress and result, unscheduled requests with reasons, publishing. */
export function SchedulePanel({ eventId, published }: { eventId: string; published: boolean }) {
  const { t, i18n } = useTranslation();
  // A finished run has re-planned the meetings: the schedule, the board and the unscheduled list reload.
  const { run, start, starting, startError, busy } = usePageRun('schedule', eventId, [organizerKeys.schedule(eventId), organizerKeys.unschedulable(eventId)]);
  const capacity = useCapacity(eventId);
  const unschedulable = useUnschedulable(eventId);
  const schedule = useBoard(eventId);
  const publish = usePublish(eventId);
  const [confirm, setConfirm] = useState(false);
  const isPublished = published || !!schedule.data?.published;

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('schedule.capacity')}
        </Title>
        <ErrorAlert error={capacity.error} />
        {capacity.data && (
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <Stat label={t('schedule.requests')} value={capacity.data.requests} />
              <Stat label={t('schedule.tableSlots')} value={capacity.data.tableSlots} />
              <Stat label={t('schedule.tables')} value={capacity.data.tables} />
              <Stat label={t('schedule.tablesNeeded')} value={capacity.data.tablesNeeded} />
            </SimpleGrid>
            {capacity.data.tableUtilisation !== null && (
              <Text size="sm">{t('schedule.utilisation', { share: formatPercent(capacity.data.tableUtilisation, i18n.language) })}</Text>
            )}
            {capacity.data.warnings.map((w) => (
              <Alert key={w} color="orange">
                {w}
              </Alert>
            ))}
          </Stack>
        )}
      </Paper>
      <Group>
        <Button onClick={start} loading={starting} disabled={busy || isPublished}>
          {t('schedule.run')}
        </Button>
        <Button color="teal" variant={isPublished ? 'light' : 'filled'} disabled={isPublished || busy} onClick={() => setConfirm(true)}>
          {isPublished ? t('schedule.published') : t('schedule.publish')}
        </Button>
      </Group>
      {isPublished && <Alert color="teal">{t('schedule.publishedHelp')}</Alert>}
      <ErrorAlert error={startError ?? run.error ?? publish.error} />
      {run.data && (
        <Paper withBorder p="md" radius="md">
          <Stack>
            <RunProgress run={run.data} label={t('schedule.runLabel')} />
            {run.data.status === 'done' && <ScheduleGauge stats={run.data} />}
          </Stack>
        </Paper>
      )}
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('schedule.unscheduled', { count: unschedulable.data?.total ?? 0 })}
        </Title>
        {unschedulable.data?.items.length ? (
          <List size="sm" spacing={4}>
            {unschedulable.data.items.map((r) => (
              <List.Item key={r.id}>
                {r.startup?.name} ↔ {r.counterpart?.name}: <Text span c="red" size="sm">{r.reason ?? '—'}</Text>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('schedule.noneUnscheduled')}
          </Text>
        )}
      </Paper>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={confirm} onClose={() => setConfirm(false)} title={t('schedule.publishTitle')}>
        <Stack>
          <Text size="sm">{t('schedule.publishHelp', { count: schedule.data?.meetings.length ?? 0 })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="teal" loading={publish.isPending} onClick={() => publish.mutate(undefined, { onSettled: () => setConfirm(false) })}>
              {t('schedule.publish')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value.toLocaleString()}
      </Text>
    </Stack>
  );
}
