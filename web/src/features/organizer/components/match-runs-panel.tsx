import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { usePageRun } from '../api/organizer';
import { RunProgress } from './run-progress';

/** Re-scores the whole event in the background and shows its progress live. */
export function MatchRunsPanel({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const { run, start, starting, startError, busy } = usePageRun('match', eventId);
  const n = (v: number | undefined) => (v ?? 0).toLocaleString(i18n.language);
  return (
    <Stack maw={720}>
      <Text size="sm" c="dimmed">
        {t('runs.matchHelp')}
      </Text>
      <Group>
        <Button onClick={start} loading={starting} disabled={busy}>
          {t('runs.startMatch')}
        </Button>
      </Group>
      <ErrorAlert error={startError ?? run.error} />
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
