import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { AgendaView } from '@/features/agenda/components/agenda-view';
import { JoinEventGate } from '@/features/events/components/join-event-gate';
import { MeetingCardActions } from '@/features/meetings/components/meeting-card-actions';
import { useAccount } from '../use-account';

export default function AgendaRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  return (
    <>
      <PageHeader title={t('nav.agenda')} />
      <JoinEventGate organizer={me.role === 'organizer'}>
        {(event) => (
          <AgendaView
            eventId={event.id}
            eventName={event.name}
            meetingActions={(m) => <MeetingCardActions meetingId={m.id} startsAt={m.startsAt} withName={m.with.name} me={me.id} />}
          />
        )}
      </JoinEventGate>
    </>
  );
}
