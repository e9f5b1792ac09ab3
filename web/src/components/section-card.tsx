import { Group, Paper, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/**
 * A titled section of a page: a bordered card, a level-2 heading that names the region, an optional dimmed line of
 * help under it and optional controls beside the heading (they wrap under it on a phone).
 */
export function SectionCard({ title, help, actions, children }: { title: ReactNode; help?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  const id = useId();
  const heading = (
    <Title order={2} size="h4" id={id} mb={actions ? undefined : 'xs'}>
      {title}
    </Title>
  );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      {actions ? (
        <Group justify="space-between" wrap="wrap" gap="xs" mb="xs">
          {heading}
          {actions}
        </Group>
      ) : (
        heading
      )}
      {help && (
        <Text size="sm" c="dimmed" mb="sm">
          {help}
        </Text>
      )}
      {children}
    </Paper>
  );
}
