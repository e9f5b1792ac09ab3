import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import type { CorporateProfile, InvestorProfile, StartupProfile } from '@/features/profile/api/profile';
import { CorporateProfileForm } from '@/features/profile/components/corporate-profile-form';
import { InvestorProfileForm } from '@/features/profile/components/investor-profile-form';
import { StartupProfileForm } from '@/features/profile/components/startup-profile-form';
import { useAccount } from '../use-account';

export default function ProfileRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  // The API sends the profile of the account's role (MeView.profile), or null before it is written.
  const profile = me.profile;
  switch (me.role) {
    case 'startup':
      return (
        <>
          <PageHeader title={t('profile.startupTitle')} description={t('profile.startupIntro')} />
          <StartupProfileForm profile={profile as StartupProfile | null} />
        </>
      );
    case 'investor':
      return (
        <>
          <PageHeader title={t('profile.investorTitle')} description={t('profile.investorIntro')} />
          <InvestorProfileForm profile={profile as InvestorProfile | null} />
        </>
      );
    case 'corporate':
      return (
        <>
          <PageHeader title={t('profile.corporateTitle')} />
          <CorporateProfileForm profile={profile as CorporateProfile | null} />
        </>
      );
    default:
      return null;
  }
}
