import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useLatestRuns, useRun, useStartRun } from '../api/organizer';
import { RunProgress } from './run-progress';

/** Re-scores the whole event in the background and shows its progress live. */
export function MatchRunsPanel({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const latest = useLatestRuns(eventId);
  const [started, setRunId] = useState<string | null>(null);
  const runId = started ?? latest.data?.match ?? null;
  const start = useStartRun('match', eventId);
  const run = useRun('match', runId);
  const busy = run.data && (run.data.status === 'queued' || run.data.status === 'running');
  const n = (v: number | undefined) => (v ?? 0).toLocaleString(i18n.language);
  return (
    <Stack maw={720}>
      <Text size="sm" c="dimmed">
        {t('runs.matchHelp')}
      </Text>
      <Group>
        <Button onClick={() => start.mutate(undefined, { onSuccess: ({ id }) => setRunId(id) })} loading={start.isPending} disabled={!!busy}>
          {t('runs.startMatch')}
        </Button>
      </Group>
      <ErrorAlert error={start.error ?? run.error} />
      {run.data && (
        <Paper withBorder p="md" radius="md">
          <Stack gap="xs">
            <RunProgress run={run.data} label={t('runs.matchRun')} />
            <Text size="sm">{t('runs.matchStats', { pairs: n(run.data.pairsScored), matches: n(run.data.matchesStored) })}</Text>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
