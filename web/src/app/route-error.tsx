import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { errorMessage } from '@/lib/error-message';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} size="h2">
          {t('errors.pageTitle')}
        </Title>
        <Text c="dimmed">{errorMessage(error, t)}</Text>
        <Button onClick={() => window.location.assign('/')} w="fit-content">
          {t('app.home')}
        </Button>
      </Stack>
    </Container>
  );
}
