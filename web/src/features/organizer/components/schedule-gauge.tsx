import { Group, Paper, RingProgress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '@/lib/format';
import type { ScheduleRunStats } from '../api/organizer';

export function ratio(part: number | undefined, whole: number | undefined): number {
  if (!whole) return part ? 1 : 0;
  return Math.max(0, Math.min(1, (part ?? 0) / whole));
}

function Gauge({ label, share, detail }: { label: string; share: number; detail: string }) {
  const { i18n } = useTranslation();
  const pct = Math.round(share * 1000) / 10;
  return (
    <Paper withBorder p="md" radius="md">
      <Group wrap="nowrap">
        <RingProgress
          size={96}
          thickness={10}
          roundCaps
          sections={[{ value: pct, color: pct >= 95 ? 'teal' : pct >= 80 ? 'blue' : 'orange' }]}
          label={
            <Text ta="center" fw={700} size="sm">
              {formatPercent(share, i18n.language)}
            </Text>
          }
          aria-label={`${label}: ${formatPercent(share, i18n.language)}`}
        />
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}

/** How close the schedule is to the best possible: meetings and value against their proven upper bounds. */
export function ScheduleGauge({ stats }: { stats: ScheduleRunStats }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Gauge label={t('schedule.gaugeMeetings')} share={ratio(stats.booked, stats.upperBound)} detail={t('schedule.gaugeMeetingsDetail', { booked: stats.booked ?? 0, bound: stats.upperBound ?? 0, accepted: stats.accepted ?? 0 })} />
      <Gauge label={t('schedule.gaugeValue')} share={ratio(stats.value, stats.valueUpperBound)} detail={t('schedule.gaugeValueDetail', { value: Math.round(stats.value ?? 0), bound: Math.round(stats.valueUpperBound ?? 0) })} />
      <Gauge
        label={t('schedule.gaugeStartups')}
        share={ratio(stats.startupsWithMeeting, stats.startupsThatCanMeet ?? stats.startupsWithRequests)}
        detail={t('schedule.gaugeStartupsDetail', { met: stats.startupsWithMeeting ?? 0, can: stats.startupsThatCanMeet ?? stats.startupsWithRequests ?? 0 })}
      />
    </SimpleGrid>
  );
}
