import { useTranslation } from 'react-i18next';
import { OrganizerDashboard } from '@/features/organizer/components/dashboard';
import { InEvent } from './in-event';

export default function DashboardRoute() {
  const { t } = useTranslation();
  return <InEvent title={t('nav.dashboard')}>{(e) => <OrganizerDashboard eventId={e.id} />}</InEvent>;
}
