import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { downloadFile } from '@/lib/api-client';
import { useDeclineReasons } from '../api/organizer';

/** Exports (schedule as CSV and JSON) and the reasons members gave when declining. */
export function ReportsPanel({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const reasons = useDeclineReasons(eventId);
  const [error, setError] = useState<unknown>(null);
  const get = (path: string, name: string) => {
    setError(null);
    downloadFile(path, name).catch(setError);
  };
  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('reports.exports')}
        </Title>
        <Group gap="xs">
          <Button variant="light" onClick={() => get(`/v1/events/${eventId}/schedule?format=csv`, 'schedule.csv')}>
            {t('reports.scheduleCsv')}
          </Button>
          <Button variant="light" onClick={() => get(`/v1/events/${eventId}/schedule`, 'schedule.json')}>
            {t('reports.scheduleJson')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t('reports.declineReasons')}
        </Title>
        <ErrorAlert error={reasons.error} />
        {reasons.data && reasons.data.items.length === 0 && <EmptyState title={t('reports.noDeclines')} />}
        {reasons.data && reasons.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={360}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.side')}</Table.Th>
                  <Table.Th>{t('matches.kind')}</Table.Th>
                  <Table.Th>{t('reports.reason')}</Table.Th>
                  <Table.Th ta="right">{t('reports.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reasons.data.items.map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{t(`reports.sides.${r.side}`, { defaultValue: r.side })}</Table.Td>
                    <Table.Td>{t(`matches.kinds.${r.kind}`, { defaultValue: r.kind })}</Table.Td>
                    <Table.Td>{r.reason ? t(`declineReasons.${r.reason}`, { defaultValue: r.reason }) : <Text span c="dimmed">—</Text>}</Table.Td>
                    <Table.Td ta="right">{r.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
    </Stack>
  );
}
