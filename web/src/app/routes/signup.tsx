import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SignupForm } from '@/features/auth/components/signup-form';
import { PublicLayout } from './public-layout';

export default function SignupRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <PublicLayout title={t('auth.signup')}>
      <SignupForm onDone={() => navigate('/profile')} />
    </PublicLayout>
  );
}
