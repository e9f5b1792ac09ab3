import { useTranslation } from 'react-i18next';
import { MatchRunsPanel } from '@/features/organizer/components/match-runs-panel';
import { InEvent } from './in-event';

export default function MatchingRoute() {
  const { t } = useTranslation();
  return <InEvent title={t('nav.matching')}>{(e) => <MatchRunsPanel eventId={e.id} />}</InEvent>;
}
