import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { PageHeader } from '@/components/page-header';
import { useDemand } from '@/features/demands/api/demands';
import { DemandSummary } from '@/features/demands/components/demand-list';
import { JoinEventGate } from '@/features/events/components/join-event-gate';
import { MatchList } from '@/features/matches/components/match-list';
import { useAccount } from '../use-account';

/** A demand and the startups matched to it in the current event. */
export default function DemandDetailRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  const { demandId = '' } = useParams();
  const demand = useDemand(demandId);
  if (demand.isLoading) return <Loading />;
  if (demand.error) return <ErrorAlert error={demand.error} />;
  const d = demand.data!;
  return (
    <>
      <Anchor component={Link} to="/demands" size="sm">
        ← {t('nav.demands')}
      </Anchor>
      <PageHeader title={d.title} />
      <Stack mb="md" gap="xs">
        <DemandSummary d={d} />
        <Text size="sm">{d.description}</Text>
      </Stack>
      <JoinEventGate organizer={me.role === 'organizer'}>{(event) => <MatchList eventId={event.id} viewerRole={me.role} demandId={d.id} />}</JoinEventGate>
    </>
  );
}
