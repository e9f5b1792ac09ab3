import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '@/features/account/components/language-switcher';

export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0" py="xl" px="sm">
      <Center>
        <Stack w="100%" maw={440}>
          <Group justify="space-between">
            <Text fw={700} c="blue.8" size="xl">
              Supergap Match
            </Text>
            <LanguageSwitcher />
          </Group>
          <Text c="dimmed" size="sm">
            {t('app.tagline')}
          </Text>
          <Paper withBorder p="lg" radius="md" shadow="xs" component="main">
            <Title order={1} size="h3" mb="md">
              {title}
            </Title>
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
