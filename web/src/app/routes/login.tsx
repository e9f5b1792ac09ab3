import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { LoginForm } from '@/features/auth/components/login-form';
import { useToken } from '@/lib/auth-token';
import { PublicLayout } from './public-layout';

export default function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useToken();
  if (token) return <Navigate to="/" replace />;
  return (
    <PublicLayout title={t('auth.login')}>
      <LoginForm onDone={() => navigate('/')} />
    </PublicLayout>
  );
}
