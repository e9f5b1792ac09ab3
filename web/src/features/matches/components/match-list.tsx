import { Chip, Group, Pagination, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useMatches, type MatchFilters } from '../api/matches';
import { MatchCard } from './match-card';

const LIMIT = 10;

/** Ranked matches with the filters a member needs: mutual, undecided, kind. */
export function MatchList({ eventId, viewerRole, demandId }: { eventId: string; viewerRole: string; demandId?: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'all' | 'investor' | 'demand'>('all');
  const [mutual, setMutual] = useState(false);
  const [undecided, setUndecided] = useState(false);
  const [page, setPage] = useState(1);
  const filters: MatchFilters = {
    page,
    limit: LIMIT,
    ...(kind !== 'all' ? { kind } : {}),
    ...(mutual ? { mutual } : {}),
    ...(undecided ? { decision: 'none' as const } : {}),
    ...(demandId ? { demandId } : {}),
  };
  const matches = useMatches(eventId, filters);
  const total = matches.data?.total ?? 0;

  return (
    <Stack>
      <Group gap="sm" wrap="wrap">
        {viewerRole === 'startup' && (
          <SegmentedControl
            size="xs"
            aria-label={t('matches.kind')}
            value={kind}
            onChange={(v) => {
              setKind(v as typeof kind);
              setPage(1);
            }}
            data={[
              { value: 'all', label: t('matches.kinds.all') },
              { value: 'investor', label: t('matches.kinds.investor') },
              { value: 'demand', label: t('matches.kinds.demand') },
            ]}
          />
        )}
        <Chip checked={mutual} onChange={(v) => { setMutual(v); setPage(1); }} size="xs">
          {t('matches.filterMutual')}
        </Chip>
        <Chip checked={undecided} onChange={(v) => { setUndecided(v); setPage(1); }} size="xs">
          {t('matches.filterUndecided')}
        </Chip>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('matches.count', { count: total })}
        </Text>
      </Group>
      {matches.isLoading && <Loading />}
      <ErrorAlert error={matches.error} />
      {matches.data && matches.data.items.length === 0 && <EmptyState title={t('matches.empty')}>{t('matches.emptyHelp')}</EmptyState>}
      {matches.data?.items.map((m) => (
        <MatchCard key={m.id} match={m} eventId={eventId} viewerRole={viewerRole} />
      ))}
      {total > LIMIT && <Pagination total={Math.ceil(total / LIMIT)} value={page} onChange={setPage} aria-label={t('common.pages')} />}
    </Stack>
  );
}
