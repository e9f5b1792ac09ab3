import { Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { formatDateTime } from '@/lib/format';
import { otherParty, useCancelMeeting, useMeetingRequests, useRequestAction, type MeetingRequestItem, type RequestStatus } from '../api/meeting-requests';
import { RequestStatusBadge } from './status-badge';

const STATUSES: (RequestStatus | 'all')[] = ['all', 'pending', 'accepted', 'booked', 'unschedulable', 'declined', 'withdrawn', 'cancelled'];

function RequestRow({ r, viewerId, timezone }: { r: MeetingRequestItem; viewerId: string; timezone: string }) {
  const { t, i18n } = useTranslation();
  const action = useRequestAction();
  const cancel = useCancelMeeting();
  const name = otherParty(r, viewerId);
  const busy = action.isPending || cancel.isPending;
  return (
    <Paper withBorder p="md" radius="md" component="li" aria-label={name}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{name}</Text>
          <RequestStatusBadge status={r.status} />
        </Group>
        {r.message && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            “{r.message}”
          </Text>
        )}
        {r.meeting && (
          <Text size="sm">
            {t('requests.bookedAt', { time: formatDateTime(r.meeting.startsAt, timezone, i18n.language), table: r.meeting.table })}
            {r.meeting.provisional ? ` · ${t('agenda.provisional')}` : ''}
          </Text>
        )}
        {r.status === 'unschedulable' && r.reason && (
          <Text size="sm" c="red">
            {t('requests.unschedulableReason', { reason: r.reason })}
          </Text>
        )}
        <Group gap="xs">
          {r.direction === 'received' && r.status === 'pending' && (
            <>
              <Button size="xs" color="teal" loading={busy} onClick={() => action.mutate({ id: r.id, action: 'accept' })}>
                {t('requests.accept')}
              </Button>
              <Button size="xs" variant="light" color="gray" loading={busy} onClick={() => action.mutate({ id: r.id, action: 'decline' })}>
                {t('requests.decline')}
              </Button>
            </>
          )}
          {r.direction === 'sent' && r.status === 'pending' && (
            <Button size="xs" variant="light" color="gray" loading={busy} onClick={() => action.mutate({ id: r.id, action: 'withdraw' })}>
              {t('requests.withdraw')}
            </Button>
          )}
          {r.status === 'booked' && r.meeting && (
            <Button size="xs" variant="subtle" color="red" loading={busy} onClick={() => cancel.mutate(r.meeting!.id)}>
              {t('requests.cancelMeeting')}
            </Button>
          )}
        </Group>
        <ErrorAlert error={action.error ?? cancel.error} />
      </Stack>
    </Paper>
  );
}

/** Requests received and sent, with the actions each side has: accept, decline, withdraw, cancel. */
export function RequestList({ eventId, timezone, viewerId }: { eventId: string; timezone: string; viewerId: string }) {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<'received' | 'sent'>('received');
  const [status, setStatus] = useState<RequestStatus | 'all'>('all');
  const list = useMeetingRequests(eventId, direction, status);
  return (
    <Stack>
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          aria-label={t('requests.direction')}
          value={direction}
          onChange={(v) => setDirection(v as 'received' | 'sent')}
          data={[
            { value: 'received', label: t('requests.received') },
            { value: 'sent', label: t('requests.sent') },
          ]}
        />
        <Select
          aria-label={t('requests.filterStatus')}
          value={status}
          onChange={(v) => setStatus((v ?? 'all') as RequestStatus | 'all')}
          data={STATUSES.map((s) => ({ value: s, label: s === 'all' ? t('common.all') : t(`requests.status.${s}`) }))}
          allowDeselect={false}
          w={170}
        />
      </Group>
      {list.isLoading && <Loading />}
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <EmptyState title={t('requests.empty')}>{t(`requests.emptyHelp.${direction}`)}</EmptyState>}
      <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.data?.items.map((r) => <RequestRow key={r.id} r={r} viewerId={viewerId} timezone={timezone} />)}
      </Stack>
    </Stack>
  );
}
