import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '@/lib/format';
import type { RunStatus } from '../api/organizer';

/** A background run's state and live progress. */
export function RunProgress({ run, label }: { run: RunStatus; label: string }) {
  const { t, i18n } = useTranslation();
  const color = run.status === 'failed' ? 'red' : run.status === 'done' ? 'teal' : 'blue';
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Badge color={color} variant="light">
          {t(`runs.status.${run.status}`)} · {formatPercent(run.progress ?? 0, i18n.language)}
        </Badge>
      </Group>
      <Progress value={(run.progress ?? 0) * 100} color={color} animated={run.status === 'running' || run.status === 'queued'} aria-label={label} />
      {run.error && (
        <Text size="sm" c="red">
          {run.error}
        </Text>
      )}
    </Stack>
  );
}
