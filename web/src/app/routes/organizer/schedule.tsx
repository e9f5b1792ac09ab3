import { useTranslation } from 'react-i18next';
import { SchedulePanel } from '@/features/organizer/components/schedule-panel';
import { InEvent } from './in-event';

export default function ScheduleRoute() {
  const { t } = useTranslation();
  return (
    <InEvent title={t('nav.schedule')} description={t('schedule.intro')}>
      {(e) => <SchedulePanel eventId={e.id} published={!!e.schedulePublishedAt} />}
    </InEvent>
  );
}
