import { Anchor, Badge, Grid, Group, Paper, RingProgress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FactorBars } from '@/components/match/factor-bars';
import { MatchExplanation } from '@/components/match/match-explanation';
import { formatMoney } from '@/lib/format';
import { counterpartName, type MatchItem } from '../api/matches';
import { DecisionControls } from './decision-controls';
import { RequestMeetingButton } from './request-meeting-button';

export function ScoreRing({ score }: { score: number }) {
  const { t } = useTranslation();
  const value = Math.round(score);
  return (
    <RingProgress
      size={64}
      thickness={6}
      roundCaps
      sections={[{ value, color: value >= 70 ? 'teal' : value >= 50 ? 'blue' : 'gray' }]}
      label={
        <Text ta="center" fw={700} size="sm" aria-label={t('matches.scoreLabel', { score: value })}>
          {value}
        </Text>
      }
    />
  );
}

/** One match: who, why (bars and words), the viewer's decision and a meeting request. */
export function MatchCard({ match, eventId, viewerRole }: { match: MatchItem; eventId: string; viewerRole: string }) {
  const { t, i18n } = useTranslation();
  const name = counterpartName(match, viewerRole);
  const isStartupView = viewerRole === 'startup';
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={name}>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Group wrap="nowrap" align="flex-start" gap="md">
            <ScoreRing score={match.score} />
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Group gap={6}>
                <Title order={2} size="h4">
                  {name}
                </Title>
                <Badge variant="light" color={match.kind === 'investor' ? 'blue' : 'grape'}>
                  {t(`matches.kinds.${match.kind}`)}
                </Badge>
                {match.mutual && <Badge color="teal">{t('matches.mutual')}</Badge>}
              </Group>
              {isStartupView ? (
                match.demand ? (
                  <Text size="sm">{match.demand.title}</Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {(match.investor?.sectors ?? []).map((s) => t(`sectors.${s}`)).join(' · ')}
                    {match.investor?.ticketMin && ` · ${formatMoney(match.investor.ticketMin, i18n.language)}–${formatMoney(match.investor.ticketMax, i18n.language)}`}
                  </Text>
                )
              ) : (
                <Text size="sm" c="dimmed">
                  {t(`sectors.${match.startup.sector}`)} · {t(`stages.${match.startup.stage}`)} · {match.startup.country}
                  {match.startup.trl ? ` · TRL ${match.startup.trl}` : ''}
                  {match.startup.fundingAsk ? ` · ${formatMoney(match.startup.fundingAsk, i18n.language)}` : ''}
                </Text>
              )}
              {!isStartupView && match.demand && (
                <Text size="xs" c="dimmed">
                  {t('matches.forDemand', { title: match.demand.title })}
                </Text>
              )}
              <Text size="sm" lineClamp={3}>
                {isStartupView ? (match.investor?.thesis ?? match.demand?.description) : match.startup.description}
              </Text>
              {!isStartupView && match.startup.deckUrl && (
                <Anchor href={match.startup.deckUrl} target="_blank" rel="noreferrer" size="sm">
                  {t('matches.deck')}
                </Anchor>
              )}
            </Stack>
          </Group>
          <Stack mt="sm" gap="sm">
            <MatchExplanation match={match} />
            <DecisionControls match={match} eventId={eventId} />
            <Group>
              <RequestMeetingButton matchId={match.id} eventId={eventId} withName={name} />
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <FactorBars breakdown={match.breakdown} />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
