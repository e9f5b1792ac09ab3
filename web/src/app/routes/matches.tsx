import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { JoinEventGate } from '@/features/events/components/join-event-gate';
import { MatchList } from '@/features/matches/components/match-list';
import { useAccount } from '../use-account';

export default function MatchesRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  return (
    <>
      <PageHeader title={me.role === 'investor' ? t('nav.pitchList') : t('nav.matches')} description={t(`matches.intro.${me.role}`, { defaultValue: '' })} />
      <JoinEventGate organizer={me.role === 'organizer'}>{(event) => <MatchList eventId={event.id} viewerRole={me.role} />}</JoinEventGate>
    </>
  );
}
