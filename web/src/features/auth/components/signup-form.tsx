import { Alert, Anchor, Button, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { useLogin, useSignup, type SignupInput } from '../api/auth';

type MemberRole = SignupInput['role'];

/** Sign-up explains before submitting that investors and corporates wait for an organizer's approval. */
export function SignupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const signup = useSignup();
  const login = useLogin();
  const [role, setRole] = useState<MemberRole>('startup');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { role, displayName: displayName.trim(), email: email.trim(), password };
    signup.mutate(body, { onSuccess: () => login.mutate({ email: body.email, password }, { onSuccess: onDone }) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.signup')}>
      <Stack>
        <Radio.Group label={t('auth.role')} value={role} onChange={(v) => setRole(v as MemberRole)} required>
          <Stack gap="xs" mt="xs">
            {(['startup', 'investor', 'corporate'] as const).map((r) => (
              <Radio key={r} value={r} label={t(`roles.${r}`)} description={t(`auth.roleHelp.${r}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {role !== 'startup' && (
          <Alert color="yellow" title={t('auth.pendingTitle')}>
            {t('auth.pendingExplained')}
          </Alert>
        )}
        <TextInput label={t('auth.displayName')} autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
        <TextInput label={t('auth.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <PasswordInput
          label={t('auth.password')}
          description={t('auth.passwordRule')}
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <ErrorAlert error={signup.error ?? login.error} />
        <Button type="submit" loading={signup.isPending || login.isPending} fullWidth>
          {t('auth.createAccount')}
        </Button>
        <Text size="sm" ta="center">
          {t('auth.haveAccount')}{' '}
          <Anchor component={Link} to="/login">
            {t('auth.login')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
