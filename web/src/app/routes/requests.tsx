import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { JoinEventGate } from '@/features/events/components/join-event-gate';
import { RequestList } from '@/features/meetings/components/request-list';
import { useAccount } from '../use-account';

export default function RequestsRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  return (
    <>
      <PageHeader title={t('nav.requests')} description={t('requests.intro')} />
      <JoinEventGate organizer={me.role === 'organizer'}>{(event) => <RequestList eventId={event.id} timezone={event.timezone} viewerId={me.id} />}</JoinEventGate>
    </>
  );
}
