import { Button, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/empty-state';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useCurrentEvent, useJoinEvent, useMembership, type EventSummary } from '@/hooks/use-events';

/**
 * Pages inside an event render their content only for members who joined it (organizers always);
 * others get one button to join.
 */
export function JoinEventGate({ organizer, children }: { organizer: boolean; children: (event: EventSummary) => ReactNode }) {
  const { t } = useTranslation();
  const { event, isLoading } = useCurrentEvent();
  const membership = useMembership(event?.id, !organizer);
  const join = useJoinEvent();
  if (isLoading) return <Loading />;
  if (!event) return <EmptyState title={t('events.none')}>{t('events.noneHelp')}</EmptyState>;
  if (organizer) return <>{children(event)}</>;
  if (membership.isLoading) return <Loading />;
  if (membership.error) return <ErrorAlert error={membership.error} />;
  if (!membership.data)
    return (
      <EmptyState title={t('events.joinTitle', { name: event.name })}>
        <Text size="sm" mb="sm">
          {t('events.joinHelp')}
        </Text>
        <Button onClick={() => join.mutate(event.id)} loading={join.isPending}>
          {t('events.join')}
        </Button>
        <ErrorAlert error={join.error} />
      </EmptyState>
    );
  return <>{children(event)}</>;
}
