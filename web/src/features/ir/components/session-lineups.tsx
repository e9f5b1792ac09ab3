import { Accordion, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { formatDateTime, formatTime } from '@/lib/format';
import { useIrLineup, useIrSessions } from '../api/ir';

function Lineup({ eventId, sessionId, timezone }: { eventId: string; sessionId: string; timezone: string }) {
  const { t, i18n } = useTranslation();
  const lineup = useIrLineup(eventId, sessionId);
  if (lineup.isLoading) return <Loading />;
  if (lineup.error) return <ErrorAlert error={lineup.error} />;
  const rows = lineup.data?.lineup ?? [];
  if (rows.length === 0) return <Text size="sm" c="dimmed">{t('ir.lineupEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>{t('ir.time')}</Table.Th>
            <Table.Th>{t('ir.startup')}</Table.Th>
            <Table.Th>{t('profile.sector')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.position}>
              <Table.Td>{p.position + 1}</Table.Td>
              <Table.Td>{formatTime(p.startsAt, timezone, i18n.language)}</Table.Td>
              <Table.Td>{p.startup.name}</Table.Td>
              <Table.Td>{t(`sectors.${p.startup.sector}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** IR sessions with their line-ups (investors watch them; organizers check them). */
export function SessionLineups({ eventId, timezone }: { eventId: string; timezone: string }) {
  const { t, i18n } = useTranslation();
  const sessions = useIrSessions(eventId);
  const [open, setOpen] = useState<string | null>(null);
  if (sessions.isLoading) return <Loading />;
  if (sessions.error) return <ErrorAlert error={sessions.error} />;
  if (!sessions.data?.length) return <EmptyState title={t('ir.noSessions')}>{t('ir.noSessionsHelp')}</EmptyState>;
  return (
    <Accordion value={open} onChange={setOpen} variant="separated">
      {sessions.data.map((s) => (
        <Accordion.Item key={s.id} value={s.id}>
          <Accordion.Control>
            <Stack gap={2}>
              <Text fw={600}>{s.title}</Text>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {formatDateTime(s.startsAt, timezone, i18n.language)}–{formatTime(s.endsAt, timezone, i18n.language)} · {s.room}
                </Text>
                {s.sectors.map((x) => (
                  <Badge key={x} size="xs" variant="light">
                    {t(`sectors.${x}`)}
                  </Badge>
                ))}
              </Group>
            </Stack>
          </Accordion.Control>
          <Accordion.Panel>{open === s.id && <Lineup eventId={eventId} sessionId={s.id} timezone={timezone} />}</Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
