import { useTranslation } from 'react-i18next';
import { ParticipantsList } from '@/features/organizer/components/participants-list';
import { InEvent } from './in-event';

export default function ParticipantsRoute() {
  const { t } = useTranslation();
  return <InEvent title={t('nav.participants')}>{(e) => <ParticipantsList eventId={e.id} />}</InEvent>;
}
