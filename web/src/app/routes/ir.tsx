import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { JoinEventGate } from '@/features/events/components/join-event-gate';
import { PitchRequest } from '@/features/ir/components/pitch-request';
import { SessionLineups } from '@/features/ir/components/session-lineups';
import { useAccount } from '../use-account';

export default function IrRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  const startup = me.role === 'startup';
  return (
    <>
      <PageHeader title={startup ? t('nav.ir') : t('nav.irSessions')} description={startup ? t('ir.introStartup') : t('ir.introInvestor')} />
      <JoinEventGate organizer={me.role === 'organizer'}>
        {(event) => (startup ? <PitchRequest eventId={event.id} timezone={event.timezone} /> : <SessionLineups eventId={event.id} timezone={event.timezone} />)}
      </JoinEventGate>
    </>
  );
}
