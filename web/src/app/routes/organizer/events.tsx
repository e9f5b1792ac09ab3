import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { EventsAdmin } from '@/features/organizer/components/events-admin';
import { useCurrentEvent } from '@/hooks/use-events';

export default function EventsRoute() {
  const { t } = useTranslation();
  const { events } = useCurrentEvent();
  return (
    <>
      <PageHeader title={t('nav.events')} />
      <EventsAdmin events={events} />
    </>
  );
}
