import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { JoinEventGate } from '@/features/events/components/join-event-gate';
import { PitchReview } from '@/features/matches/components/pitch-review';
import { useAccount } from '../use-account';

export default function ReviewRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  return (
    <>
      <PageHeader title={t('nav.review')} description={t('review.intro')} />
      <JoinEventGate organizer={me.role === 'organizer'}>{(event) => <PitchReview eventId={event.id} />}</JoinEventGate>
    </>
  );
}
