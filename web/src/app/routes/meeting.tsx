import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { MeetingPanel } from '@/features/meetings/components/meeting-panel';
import { useAccount } from '../use-account';

/** One meeting on a phone at the table: check in, codes and QR, no-show, outcome. */
export default function MeetingRoute() {
  const { t } = useTranslation();
  const me = useAccount();
  const { meetingId = '' } = useParams();
  return (
    <>
      <PageHeader
        title={t('meeting.title')}
        actions={
          <Anchor component={Link} to="/agenda" size="sm">
            {t('meeting.backToAgenda')}
          </Anchor>
        }
      />
      <MeetingPanel key={meetingId} meetingId={meetingId} me={me.id} />
    </>
  );
}
