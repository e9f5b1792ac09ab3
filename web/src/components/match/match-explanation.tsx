import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pick } from '@/lib/i18n';
import { explanationFallback, type ExplanationInput } from './explanation-text';

/** Why the pair matched, in words and in the viewer's language: the server's explanation, else one built from the breakdown. */
export function MatchExplanation({ match }: { match: ExplanationInput }) {
  const { t, i18n } = useTranslation();
  const explanation = match.explanation;
  const reasons = explanation?.reasons?.length ? explanation.reasons.map((r) => pick(r, i18n.language)) : explanationFallback(match, t);
  const concepts = explanation?.sharedConcepts ?? [];
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {t('matches.why')}
      </Text>
      {reasons.length > 0 ? (
        <List size="sm" spacing={2}>
          {reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('matches.noReasons')}
        </Text>
      )}
      {concepts.length > 0 && (
        <Group gap={4} aria-label={t('matches.sharedConcepts')}>
          <Text size="xs" c="dimmed">
            {t('matches.sharedConcepts')}:
          </Text>
          {concepts.map((c) => (
            <Badge key={c.id} variant="light" size="sm" tt="none">
              {pick(c, i18n.language)}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
