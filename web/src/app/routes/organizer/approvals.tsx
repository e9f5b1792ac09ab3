import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ApprovalsQueue } from '@/features/organizer/components/approvals-queue';

export default function ApprovalsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.approvals')} />
      <ApprovalsQueue />
    </>
  );
}
