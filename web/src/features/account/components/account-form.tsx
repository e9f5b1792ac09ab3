import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import type { ResponseOf } from '@/lib/api-client';
import { useUpdateMe } from '../api/account';
import { LanguageSwitcher } from './language-switcher';

type AccountView = Pick<ResponseOf<'get', '/v1/me'>, 'email' | 'role' | 'status' | 'displayName'>;

export function AccountForm({ me }: { me: AccountView }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const [displayName, setDisplayName] = useState(me.displayName);
  useEffect(() => setDisplayName(me.displayName), [me.displayName]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ displayName: displayName.trim() });
  };

  return (
    <Stack maw={560}>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Group gap="xs">
            <Text fw={600}>{me.email}</Text>
            <Badge variant="light">{t(`roles.${me.role}`)}</Badge>
            <Badge color={me.status === 'active' ? 'teal' : me.status === 'pending' ? 'yellow' : 'red'} variant="light">
              {t(`status.${me.status}`)}
            </Badge>
          </Group>
          {me.status === 'pending' && <Alert color="yellow">{t('auth.pendingExplained')}</Alert>}
        </Stack>
      </Paper>
      <form onSubmit={submit} aria-label={t('account.title')}>
        <Stack>
          <TextInput label={t('auth.displayName')} value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} required />
          <ErrorAlert error={update.error} />
          {update.isSuccess && <Alert color="green">{t('common.saved')}</Alert>}
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap={4}>
        <Text fw={500} size="sm">
          {t('account.language')}
        </Text>
        <LanguageSwitcher />
      </Stack>
    </Stack>
  );
}
