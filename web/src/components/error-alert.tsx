import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage, listedFields } from '@/lib/error-message';

/** An error in the viewer's language (lib/error-message.ts), with the invalid fields of a plain 400. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields = listedFields(error);
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
