import type { TFunction } from 'i18next';
import { ActionIcon, Badge, Button, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { unreadCount, useMarkAllRead, useNotifications, type NotificationItem } from '../api/notifications';

function describe(n: NotificationItem, t: TFunction): string {
  return t(`notifications.types.${n.type}`, { defaultValue: n.type, table: n.payload.table ?? '', reason: n.payload.reason ?? '' });
}

export function NotificationsMenu() {
  const { t, i18n } = useTranslation();
  const list = useNotifications(true);
  const markRead = useMarkAllRead();
  const unread = unreadCount(list.data);
  const items = list.data?.items ?? [];
  const label = unread > 0 ? t('notifications.titleUnread', { count: unread }) : t('notifications.title');

  return (
    <Popover width={340} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={label}>
          <Indicator label={unread > 99 ? '99+' : unread} size={16} disabled={unread === 0} color="red" offset={2}>
            <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
              <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('notifications.title')}</Text>
          <Button variant="subtle" size="compact-xs" disabled={unread === 0} onClick={() => markRead.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={360}>
          {items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('notifications.empty')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((n) => (
                <li key={n.id}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    {!n.read && (
                      <Badge size="xs" color="red" variant="filled" mt={4}>
                        {t('notifications.new')}
                      </Badge>
                    )}
                    <div>
                      <Text size="sm">{describe(n, t)}</Text>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(n.createdAt, undefined, i18n.language)}
                      </Text>
                    </div>
                  </Group>
                </li>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
