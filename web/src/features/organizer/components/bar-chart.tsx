import { Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface BarRow {
  key: string;
  label: string;
  /** 0..1 of the bar's full length. */
  share: number;
  value: string;
  detail?: ReactNode;
}

/**
 * Horizontal bars drawn with plain boxes: no chart library in the download, and the numbers are text beside
 * each bar (a list a screen reader reads row by row), so the drawing itself is decoration.
 */
export function BarChart({ label, rows, color = 'blue' }: { label: string; rows: BarRow[]; color?: string }) {
  return (
    <Stack gap={6} role="list" aria-label={label}>
      {rows.map((r) => (
        <Group key={r.key} wrap="nowrap" gap="sm" role="listitem" align="center">
          <Text size="sm" w={{ base: 96, sm: 130 }} style={{ flexShrink: 0, overflowWrap: 'anywhere' }}>
            {r.label}
          </Text>
          <Box aria-hidden style={{ flex: 1, minWidth: 24, height: 18, borderRadius: 4, background: 'var(--mantine-color-gray-1)' }}>
            <Box
              style={{
                width: `${Math.max(0, Math.min(1, r.share)) * 100}%`,
                minWidth: r.share > 0 ? 2 : 0,
                height: '100%',
                borderRadius: 4,
                background: `var(--mantine-color-${color}-6)`,
              }}
            />
          </Box>
          <Stack gap={0} w={{ base: 104, sm: 140 }} style={{ flexShrink: 0 }} align="flex-end">
            <Text size="sm" fw={600} ta="right">
              {r.value}
            </Text>
            {r.detail && (
              <Text size="xs" c="dimmed" ta="right">
                {r.detail}
              </Text>
            )}
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
