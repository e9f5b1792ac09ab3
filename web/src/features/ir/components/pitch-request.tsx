import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { formatDateTime, formatTime } from '@/lib/format';
import { moveRank, useIrSessions, useMyIrRequest, useRequestPitch, useWithdrawPitch, type IrSession } from '../api/ir';

/** A startup ranks the IR sessions it would pitch in and follows its request: allocated, or waitlisted with a position. */
export function PitchRequest({ eventId, timezone }: { eventId: string; timezone: string }) {
  const { t, i18n } = useTranslation();
  const sessions = useIrSessions(eventId);
  const mine = useMyIrRequest(eventId);
  const request = useRequestPitch(eventId);
  const withdraw = useWithdrawPitch();
  const [ranked, setRanked] = useState<string[]>([]);

  if (sessions.isLoading || mine.isLoading) return <Loading />;
  const byId = new Map((sessions.data ?? []).map((s) => [s.id, s]));
  const describe = (s: IrSession) => `${formatDateTime(s.startsAt, timezone, i18n.language)}–${formatTime(s.endsAt, timezone, i18n.language)} · ${s.room}`;
  const current = mine.data;

  if (current) {
    const pitchSession = current.pitch ? byId.get(current.pitch.sessionId) : undefined;
    return (
      <Stack maw={720}>
        <Paper withBorder p="md" radius="md">
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('ir.myRequest')}
              </Title>
              <Badge color={current.status === 'allocated' ? 'teal' : current.status === 'waitlisted' ? 'yellow' : 'blue'} size="lg" variant="light">
                {t(`ir.status.${current.status}`)}
              </Badge>
            </Group>
            {current.status === 'allocated' && current.pitch && (
              <Alert color="teal">
                {t('ir.allocatedAt', {
                  session: pitchSession?.title ?? '',
                  time: formatDateTime(current.pitch.startsAt, timezone, i18n.language),
                  position: current.pitch.position + 1,
                })}
              </Alert>
            )}
            {current.status === 'waitlisted' && <Alert color="yellow">{t('ir.waitlisted', { position: current.waitlistPosition ?? '?' })}</Alert>}
            {current.status === 'requested' && <Text size="sm">{t('ir.requestedHelp')}</Text>}
            <Text size="sm" fw={500}>
              {t('ir.yourRanking')}
            </Text>
            <Stack component="ol" gap={4} m={0} pl="lg">
              {current.sessionIds.map((id) => (
                <Text component="li" key={id} size="sm">
                  {byId.get(id)?.title ?? id}
                </Text>
              ))}
            </Stack>
            <Group>
              <Button variant="light" color="red" size="xs" onClick={() => withdraw.mutate(current.id)} loading={withdraw.isPending}>
                {t('ir.withdraw')}
              </Button>
            </Group>
            <ErrorAlert error={withdraw.error} />
          </Stack>
        </Paper>
      </Stack>
    );
  }

  if ((sessions.data ?? []).length === 0) return <EmptyState title={t('ir.noSessions')}>{t('ir.noSessionsHelp')}</EmptyState>;
  const toggle = (id: string, on: boolean) => setRanked((r) => (on ? [...r, id] : r.filter((x) => x !== id)));

  return (
    <Stack maw={720}>
      <Text size="sm" c="dimmed">
        {t('ir.rankHelp')}
      </Text>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {(sessions.data ?? []).map((s) => (
          <Paper withBorder p="sm" radius="md" component="li" key={s.id}>
            <Checkbox
              checked={ranked.includes(s.id)}
              onChange={(e) => toggle(s.id, e.currentTarget.checked)}
              label={s.title}
              description={`${describe(s)} · ${s.sectors.map((x) => t(`sectors.${x}`)).join(', ')} · ${t('ir.slots', { count: s.slotCount })}`}
            />
          </Paper>
        ))}
      </Stack>
      {ranked.length > 0 && (
        <Paper withBorder p="sm" radius="md">
          <Text fw={600} size="sm" mb="xs">
            {t('ir.yourRanking')}
          </Text>
          <Stack component="ol" gap={4} m={0} pl="lg">
            {ranked.map((id, i) => (
              <li key={id}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" style={{ flex: 1, minWidth: 0 }} truncate>
                    {byId.get(id)?.title}
                  </Text>
                  <ActionIcon variant="subtle" aria-label={t('ir.moveUp', { title: byId.get(id)?.title })} disabled={i === 0} onClick={() => setRanked((r) => moveRank(r, i, -1))}>
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('ir.moveDown', { title: byId.get(id)?.title })}
                    disabled={i === ranked.length - 1}
                    onClick={() => setRanked((r) => moveRank(r, i, 1))}
                  >
                    ↓
                  </ActionIcon>
                </Group>
              </li>
            ))}
          </Stack>
        </Paper>
      )}
      <ErrorAlert error={request.error} />
      <Group>
        <Button disabled={ranked.length === 0} loading={request.isPending} onClick={() => request.mutate(ranked)}>
          {t('ir.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
