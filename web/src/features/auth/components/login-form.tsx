import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { ApiError } from '@/lib/api-client';
import { useLogin } from '../api/auth';

export function LoginForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: onDone });
  };
  const wrong = login.error instanceof ApiError && login.error.status === 401;

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.login')}>
      <Stack>
        <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <PasswordInput label={t('auth.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
        {wrong ? <ErrorAlert error={new Error(t('auth.wrongCredentials'))} /> : <ErrorAlert error={login.error} />}
        <Button type="submit" loading={login.isPending} fullWidth>
          {t('auth.login')}
        </Button>
        <Text size="sm" ta="center">
          {t('auth.noAccount')}{' '}
          <Anchor component={Link} to="/signup">
            {t('auth.signup')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
