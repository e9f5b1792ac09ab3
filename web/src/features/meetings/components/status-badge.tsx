import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../api/meeting-requests';

const COLORS: Record<RequestStatus, string> = {
  pending: 'yellow', accepted: 'blue', booked: 'teal', unschedulable: 'red', declined: 'gray', withdrawn: 'gray', cancelled: 'gray',
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`requests.status.${status}`)}
    </Badge>
  );
}
