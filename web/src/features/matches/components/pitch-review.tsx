import { Anchor, Badge, Button, Grid, Group, Kbd, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { FactorBars } from '@/components/match/factor-bars';
import { MatchExplanation } from '@/components/match/match-explanation';
import { formatMoney } from '@/lib/format';
import { countryName } from '@/lib/countries';
import { useAllMatches } from '../api/all-matches';
import { useDecide, type Decision } from '../api/matches';
import { ScoreRing } from './match-card';
import { DecisionControls } from './decision-controls';
import { RequestMeetingButton } from './request-meeting-button';
import { afterDecision, firstUndecided, reviewedCount, step } from './review-state';

/** One matched startup at a time: I / M / D decide, J / K move, N writes a note. */
export function PitchReview({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const all = useAllMatches(eventId);
  const decide = useDecide(eventId);
  const [index, setIndex] = useState<number | null>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const live = useRef<HTMLDivElement>(null);
  const items = all.data ?? [];

  useEffect(() => {
    if (index === null && items.length) setIndex(firstUndecided(items));
  }, [items, index]);

  const current = index !== null ? items[index] : undefined;
  useEffect(() => setNoteOpen(false), [current?.id]);

  const send = (decision: Decision) => {
    if (!current || index === null) return;
    decide.mutate(
      { matchId: current.id, decision, note: current.myNote ?? undefined },
      {
        onSuccess: () => {
          const next = items.map((m, i) => (i === index ? { ...m, myDecision: decision } : m));
          setIndex(afterDecision(next, index));
        },
      },
    );
  };
  const move = (delta: 1 | -1) => setIndex((i) => step(i ?? 0, delta, items.length));

  useHotkeys([
    ['i', () => send('interested')],
    ['m', () => send('maybe')],
    ['d', () => send('declined')],
    ['j', () => move(1)],
    ['k', () => move(-1)],
    [
      'n',
      () => {
        setNoteOpen(true);
        setTimeout(() => live.current?.querySelector('textarea')?.focus(), 0);
      },
    ],
  ]);

  if (all.isLoading) return <Loading />;
  if (all.error) return <ErrorAlert error={all.error} />;
  if (!current || index === null) return <EmptyState title={t('matches.empty')}>{t('matches.emptyHelp')}</EmptyState>;

  const reviewed = reviewedCount(items);
  const s = current.startup;
  return (
    <Stack>
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Text fw={600} aria-live="polite">
            {t('review.progress', { reviewed, total: items.length })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('review.position', { n: index + 1, total: items.length })}
          </Text>
        </Group>
        <Progress value={(reviewed / items.length) * 100} aria-label={t('review.progress', { reviewed, total: items.length })} />
      </Stack>
      <Paper withBorder p="md" radius="md" component="article" aria-label={s.name} ref={live}>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Group wrap="nowrap" align="flex-start" gap="md">
              <ScoreRing score={current.score} />
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Title order={2} size="h3">
                    {s.name}
                  </Title>
                  {current.myDecision && <Badge variant="light">{t(`decisions.${current.myDecision}`)}</Badge>}
                  {current.mutual && <Badge color="teal">{t('matches.mutual')}</Badge>}
                </Group>
                <Text size="sm" c="dimmed">
                  {t(`sectors.${s.sector}`)} · {t(`stages.${s.stage}`)} · {countryName(s.country, i18n.language)}
                  {s.trl ? ` · TRL ${s.trl}` : ''}
                  {s.fundingAsk ? ` · ${t('review.asks', { amount: formatMoney(s.fundingAsk, i18n.language) })}` : ''}
                </Text>
                {s.keywords && s.keywords.length > 0 && (
                  <Group gap={4}>
                    {s.keywords.map((k) => (
                      <Badge key={k} size="xs" variant="outline" tt="none">
                        {k}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Stack>
            </Group>
            <Text mt="sm" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {s.description}
            </Text>
            {s.deckUrl && (
              <Anchor href={s.deckUrl} target="_blank" rel="noreferrer" size="sm" mt="xs" display="inline-block">
                {t('matches.deck')}
              </Anchor>
            )}
            <Stack mt="md" gap="sm">
              <MatchExplanation match={current} />
              <DecisionControls match={current} eventId={eventId} noteOpen={noteOpen} onNoteOpenChange={setNoteOpen} />
              <Group>
                <RequestMeetingButton key={current.id} matchId={current.id} eventId={eventId} withName={s.name} />
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <FactorBars breakdown={current.breakdown} />
          </Grid.Col>
        </Grid>
      </Paper>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button variant="default" onClick={() => move(-1)} disabled={index === 0}>
            {t('common.previous')}
          </Button>
          <Button variant="default" onClick={() => move(1)} disabled={index === items.length - 1}>
            {t('common.next')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" visibleFrom="sm">
          <Kbd>I</Kbd> {t('decisions.interested')} · <Kbd>M</Kbd> {t('decisions.maybe')} · <Kbd>D</Kbd> {t('decisions.declined')} · <Kbd>J</Kbd>/<Kbd>K</Kbd>{' '}
          {t('review.move')} · <Kbd>N</Kbd> {t('review.note')}
        </Text>
      </Group>
      <ErrorAlert error={decide.error} />
    </Stack>
  );
}
