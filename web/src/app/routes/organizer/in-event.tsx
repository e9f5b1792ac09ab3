import type { ReactNode } from 'react';
import { PageHeader } from '@/components/page-header';
import { JoinEventGate } from '@/features/events/components/join-event-gate';
import type { EventSummary } from '@/hooks/use-events';

/** An organizer page inside the selected event: its title, then its content for that event. */
export function InEvent({ title, description, children }: { title: string; description?: string; children: (event: EventSummary) => ReactNode }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <JoinEventGate organizer>{children}</JoinEventGate>
    </>
  );
}
