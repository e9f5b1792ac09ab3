import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { useNow } from '@/hooks/use-now';
import { useCheckIn, useMeetingDetail } from '../api/attendance';
import { CHECK_IN_OPENS_BEFORE_MS, meetingActions } from './attendance-rules';
import { MeetingStatusBadge } from './meeting-status';

/**
 * A meeting's line in the agenda: its status and who checked in, a "Check in" button when check-in is open, and
 * the way to the meeting page (codes, QR, scan, no-show, outcome). Future meetings ask the server nothing.
 */
export function MeetingCardActions({ meetingId, startsAt, withName, me }: { meetingId: string; startsAt: string; withName: string; me: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const near = now.getTime() >= Date.parse(startsAt) - CHECK_IN_OPENS_BEFORE_MS;
  const detail = useMeetingDetail(meetingId, { enabled: near });
  const checkIn = useCheckIn(meetingId);
  const meeting = near ? detail.data : undefined;
  const actions = meeting ? meetingActions(meeting, me, now) : null;
  return (
    <>
      <Group gap="xs" wrap="wrap" mt={4}>
        {meeting && <MeetingStatusBadge meeting={meeting} />}
        {actions?.meCheckedIn && (
          <Text size="sm" c="teal.9">
            {t('meeting.youCheckedIn')}
          </Text>
        )}
        {actions?.otherCheckedIn && (
          <Text size="sm" c="teal.9">
            {t('meeting.otherCheckedIn', { name: withName })}
          </Text>
        )}
      </Group>
      <Group gap="xs" wrap="wrap" mt={6}>
        {actions?.canCheckIn && (
          <Button size="xs" onClick={() => checkIn.mutate(undefined)} loading={checkIn.isPending} aria-label={t('meeting.labelWith', { label: t('meeting.checkIn'), name: withName })}>
            {t('meeting.checkIn')}
          </Button>
        )}
        <Anchor component={Link} to={`/meetings/${meetingId}`} size="sm" aria-label={t('meeting.labelWith', { label: near ? t('meeting.open') : t('meeting.openLater'), name: withName })}>
          {near ? t('meeting.open') : t('meeting.openLater')}
        </Anchor>
      </Group>
      <ErrorAlert error={checkIn.error ?? detail.error} />
    </>
  );
}
