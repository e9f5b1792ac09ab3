import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { DemandList } from '@/features/demands/components/demand-list';
import { useAccount } from '../use-account';

export default function DemandsRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  return (
    <>
      <PageHeader title={t('nav.demands')} description={t('demands.intro')} />
      <DemandList ownerId={me.id} />
    </>
  );
}
