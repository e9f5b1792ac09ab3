import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { CorporateProfileForm } from '@/features/profile/components/corporate-profile-form';
import { InvestorProfileForm } from '@/features/profile/components/investor-profile-form';
import { StartupProfileForm } from '@/features/profile/components/startup-profile-form';
import { useAccount } from '../use-account';

export default function ProfileRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  const profile = me.profile as never;
  switch (me.role) {
    case 'startup':
      return (
        <>
          <PageHeader title={t('profile.startupTitle')} description={t('profile.startupIntro')} />
          <StartupProfileForm profile={profile} />
        </>
      );
    case 'investor':
      return (
        <>
          <PageHeader title={t('profile.investorTitle')} description={t('profile.investorIntro')} />
          <InvestorProfileForm profile={profile} />
        </>
      );
    case 'corporate':
      return (
        <>
          <PageHeader title={t('profile.corporateTitle')} />
          <CorporateProfileForm profile={profile} />
        </>
      );
    default:
      return null;
  }
}
