import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { organizerKeys, useAllIrRequests, usePageRun } from '../api/organizer';
import { RunProgress } from './run-progress';

/** Allocates IR pitch slots in the background and lists every request with its status. */
export function IrAllocationPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const requests = useAllIrRequests(eventId);
  // A finished allocation has changed the requests' statuses and the waitlist: they reload.
  const { run, start, starting, startError } = usePageRun('ir', eventId, [organizerKeys.irRequests(eventId)]);
  const counts = (requests.data?.items ?? []).reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
  return (
    <Stack>
      <Group>
        <Button onClick={start} loading={starting}>
          {t('irAdmin.allocate')}
        </Button>
        {Object.entries(counts).map(([status, n]) => (
          <Badge key={status} variant="light">
            {t(`ir.status.${status}`, { defaultValue: status })}: {n}
          </Badge>
        ))}
      </Group>
      <ErrorAlert error={startError ?? run.error ?? requests.error} />
      {run.data && (
        <Paper withBorder p="md" radius="md">
          <RunProgress run={run.data} label={t('irAdmin.run')} />
        </Paper>
      )}
      {requests.data && requests.data.items.some((r) => r.status === 'waitlisted') && (
        <Paper withBorder p="md" radius="md">
          <Text fw={600} size="sm" mb="xs">
            {t('irAdmin.waitlist')}
          </Text>
          <Table>
            <Table.Tbody>
              {requests.data.items
                .filter((r) => r.status === 'waitlisted')
                .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0))
                .map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td w={60}>{r.waitlistPosition}</Table.Td>
                    <Table.Td>{r.startupId.slice(0, 8)}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
