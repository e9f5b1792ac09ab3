import type { TFunction } from 'i18next';
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

/** Error codes the catalogues explain in the viewer's language; others show the server's message. */
const KNOWN = new Set([
  'invalid_credentials', 'account_pending', 'account_rejected', 'email_taken', 'weak_password', 'conflict', 'forbidden',
  'not_found', 'rate_limited', 'validation_failed', 'unauthenticated', 'network',
]);

export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (KNOWN.has(error.code)) return t(`errors.${error.code}`, { defaultValue: error.message });
    if (error.status === 429) return t('errors.rate_limited');
    if (error.status === 403) return `${t('errors.forbidden')} ${error.message}`;
    return error.message;
  }
  return t('errors.network');
}

export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert color="red" title={title ?? t('errors.title')} role="alert">
      {errorMessage(error, t)}
      {fields.length > 0 && (
        <List size="sm" mt="xs">
          {fields.map((f) => (
            <List.Item key={f.field + f.message}>
              {f.field}: {f.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
