import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { SessionLineups } from '@/features/ir/components/session-lineups';
import { IrAllocationPanel } from '@/features/organizer/components/ir-allocation-panel';
import { InEvent } from './in-event';

export default function IrRoute() {
  const { t } = useTranslation();
  return (
    <InEvent title={t('nav.irAllocation')}>
      {(e) => (
        <>
          <IrAllocationPanel eventId={e.id} />
          <PageHeader title={t('nav.irSessions')} />
          <SessionLineups eventId={e.id} timezone={e.timezone} />
        </>
      )}
    </InEvent>
  );
}
