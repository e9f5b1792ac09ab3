import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { JoinEventGate } from '@/features/events/components/join-event-gate';
import { SessionLineups } from '@/features/ir/components/session-lineups';
import { ApprovalsQueue } from '@/features/organizer/components/approvals-queue';
import { OrganizerDashboard } from '@/features/organizer/components/dashboard';
import { EventsAdmin } from '@/features/organizer/components/events-admin';
import { IrAllocationPanel } from '@/features/organizer/components/ir-allocation-panel';
import { MatchRunsPanel } from '@/features/organizer/components/match-runs-panel';
import { ParticipantsList } from '@/features/organizer/components/participants-list';
import { ReportsPanel } from '@/features/organizer/components/reports-panel';
import { ScheduleBoard } from '@/features/organizer/components/schedule-board';
import { SchedulePanel } from '@/features/organizer/components/schedule-panel';
import { useCurrentEvent } from '@/hooks/use-events';
import { useAccount } from '../use-account';

function InEvent({ title, description, children }: { title: string; description?: string; children: Parameters<typeof JoinEventGate>[0]['children'] }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <JoinEventGate organizer>{children}</JoinEventGate>
    </>
  );
}

function EventsPage() {
  const { t } = useTranslation();
  const { events } = useCurrentEvent();
  return (
    <>
      <PageHeader title={t('nav.events')} />
      <EventsAdmin events={events} />
    </>
  );
}

/** The organizer's pages, each inside the selected event except approvals and events. */
export default function OrganizerRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  if (me.role !== 'organizer') return <Navigate to="/" replace />;
  return (
    <Routes>
      <Route index element={<InEvent title={t('nav.dashboard')}>{(e) => <OrganizerDashboard eventId={e.id} />}</InEvent>} />
      <Route
        path="approvals"
        element={
          <>
            <PageHeader title={t('nav.approvals')} />
            <ApprovalsQueue />
          </>
        }
      />
      <Route path="events" element={<EventsPage />} />
      <Route path="participants" element={<InEvent title={t('nav.participants')}>{(e) => <ParticipantsList eventId={e.id} />}</InEvent>} />
      <Route path="matching" element={<InEvent title={t('nav.matching')}>{(e) => <MatchRunsPanel eventId={e.id} />}</InEvent>} />
      <Route
        path="schedule"
        element={
          <InEvent title={t('nav.schedule')} description={t('schedule.intro')}>
            {(e) => <SchedulePanel eventId={e.id} published={!!e.schedulePublishedAt} />}
          </InEvent>
        }
      />
      <Route path="board" element={<InEvent title={t('nav.board')}>{(e) => <ScheduleBoard key={e.id} eventId={e.id} spec={e} tables={e.meetingGrid.tables} />}</InEvent>} />
      <Route
        path="ir"
        element={
          <InEvent title={t('nav.irAllocation')}>
            {(e) => (
              <>
                <IrAllocationPanel eventId={e.id} />
                <PageHeader title={t('nav.irSessions')} />
                <SessionLineups eventId={e.id} timezone={e.timezone} />
              </>
            )}
          </InEvent>
        }
      />
      <Route path="reports" element={<InEvent title={t('nav.reports')}>{(e) => <ReportsPanel eventId={e.id} />}</InEvent>} />
      <Route path="*" element={<Navigate to="/organizer" replace />} />
    </Routes>
  );
}
