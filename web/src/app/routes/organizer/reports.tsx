import { useTranslation } from 'react-i18next';
import { ReportsPanel } from '@/features/organizer/components/reports-panel';
import { InEvent } from './in-event';

export default function ReportsRoute() {
  const { t } = useTranslation();
  return <InEvent title={t('nav.reports')}>{(e) => <ReportsPanel eventId={e.id} />}</InEvent>;
}
