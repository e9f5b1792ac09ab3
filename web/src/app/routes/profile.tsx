import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { CorporateProfileForm } from '@/features/profile/components/corporate-profile-form';
import { InvestorProfileForm } from '@/features/profile/components/investor-profile-form';
import { StartupProfileForm } from '@/features/profile/components/startup-profile-form';
import { useAccount } from '../use-account';

export default function ProfileRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  // One shape per role (GET /v1/me): checking the role narrows the profile to that role's, null before it is written.
  switch (me.role) {
    case 'startup':
      return (
        <>
          <PageHeader title={t('profile.startupTitle')} description={t('profile.startupIntro')} />
          <StartupProfileForm profile={me.profile} />
        </>
      );
    case 'investor':
      return (
        <>
          <PageHeader title={t('profile.investorTitle')} description={t('profile.investorIntro')} />
          <InvestorProfileForm profile={me.profile} />
        </>
      );
    case 'corporate':
      return (
        <>
          <PageHeader title={t('profile.corporateTitle')} />
          <CorporateProfileForm profile={me.profile} />
        </>
      );
    default:
      return null;
  }
}
