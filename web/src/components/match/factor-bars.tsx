import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schema } from '@/lib/api-client';
import { FACTORS } from '@/lib/types';

/** One bar per scoring factor (0–1); a factor that does not apply to the pair says so instead. */
export function FactorBars({ breakdown }: { breakdown: Partial<Schema<'BreakdownView'>> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="dl" m={0} aria-label={t('matches.breakdown')}>
      {FACTORS.map((f) => {
        const value = breakdown[f];
        const pct = value == null ? null : Math.round(Math.max(0, Math.min(1, value)) * 100);
        return (
          <Group key={f} gap="xs" wrap="nowrap">
            <Text component="dt" size="xs" w={88} c="dimmed" style={{ flexShrink: 0 }}>
              {t(`factors.${f}`)}
            </Text>
            <Text component="dd" m={0} style={{ flex: 1, minWidth: 0 }}>
              {pct == null ? (
                <Text span size="xs" c="dimmed">
                  {t('matches.notApplicable')}
                </Text>
              ) : (
                <Progress
                  value={pct}
                  size="md"
                  color={pct >= 70 ? 'teal' : pct >= 40 ? 'blue' : 'gray'}
                  aria-label={`${t(`factors.${f}`)} ${pct}%`}
                />
              )}
            </Text>
            <Text size="xs" w={36} ta="right" aria-hidden="true">
              {pct == null ? '' : `${pct}%`}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
