import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { AccountForm } from '@/features/account/components/account-form';
import { useAccount } from '../use-account';

export default function AccountRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <AccountForm me={me} />
    </>
  );
}
