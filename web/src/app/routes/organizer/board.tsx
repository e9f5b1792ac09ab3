import { useTranslation } from 'react-i18next';
import { ScheduleBoard } from '@/features/organizer/components/schedule-board';
import { InEvent } from './in-event';

export default function BoardRoute() {
  const { t } = useTranslation();
  return <InEvent title={t('nav.board')}>{(e) => <ScheduleBoard key={e.id} eventId={e.id} spec={e} tables={e.meetingGrid.tables} />}</InEvent>;
}
