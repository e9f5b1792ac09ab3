import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../api/attendance';

/** booked / held / cancelled, and "no-show" for a meeting closed as one. */
export function MeetingStatusBadge({ meeting }: { meeting: Pick<MeetingDetail, 'status' | 'noShow'> }) {
  const { t } = useTranslation();
  if (meeting.noShow) {
    return (
      <Badge color="red" variant="light">
        {t('meeting.status.noShow')}
      </Badge>
    );
  }
  const color = { booked: 'blue', held: 'teal', cancelled: 'gray' }[meeting.status];
  return (
    <Badge color={color} variant="light">
      {t(`meeting.status.${meeting.status}`)}
    </Badge>
  );
}
