import { Anchor, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useEventCounts } from '../api/organizer';

export interface FunnelStage {
  key: string;
  count: number;
}

/** Each stage's width relative to the first, for the funnel bars. */
export function funnelShares(stages: FunnelStage[]): number[] {
  const top = Math.max(1, ...stages.map((s) => s.count));
  return stages.map((s) => s.count / top);
}

export function OrganizerDashboard({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const counts = useEventCounts(eventId);
  if (counts.isLoading) return <Loading />;
  if (counts.error) return <ErrorAlert error={counts.error} />;
  const c = counts.data!;
  const stages: FunnelStage[] = [
    { key: 'matched', count: c.matches },
    { key: 'decided', count: c.decided },
    { key: 'mutual', count: c.mutual },
    { key: 'requested', count: c.requested },
    { key: 'accepted', count: c.accepted },
    { key: 'booked', count: c.booked },
  ];
  const shares = funnelShares(stages);
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {[
          { label: t('dashboard.participants'), value: c.participants, to: '/organizer/participants' },
          { label: t('dashboard.pending'), value: c.pending, to: '/organizer/approvals' },
          { label: t('dashboard.matches'), value: c.matches, to: '/organizer/matching' },
          { label: t('dashboard.booked'), value: c.booked, to: '/organizer/board' },
        ].map((s) => (
          <Paper key={s.label} withBorder p="md" radius="md">
            <Text size="xs" c="dimmed">
              {s.label}
            </Text>
            <Text fw={700} size="xl">
              {s.value.toLocaleString(i18n.language)}
            </Text>
            <Anchor component={Link} to={s.to} size="xs">
              {t('dashboard.open')}
            </Anchor>
          </Paper>
        ))}
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t('dashboard.funnel')}
        </Title>
        <Stack gap="xs" role="list" aria-label={t('dashboard.funnel')}>
          {stages.map((s, i) => (
            <Group key={s.key} wrap="nowrap" gap="sm" role="listitem">
              <Text size="sm" w={110} style={{ flexShrink: 0 }}>
                {t(`dashboard.stages.${s.key}`)}
              </Text>
              <Progress value={shares[i] * 100} size="xl" style={{ flex: 1 }} aria-label={`${t(`dashboard.stages.${s.key}`)} ${s.count}`} />
              <Text size="sm" w={60} ta="right" fw={600}>
                {s.count.toLocaleString(i18n.language)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
