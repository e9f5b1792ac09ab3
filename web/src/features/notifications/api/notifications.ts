import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '@/lib/api-client';

export type NotificationItem = Schema<'NotificationView'>;
export type NotificationPage = Schema<'NotificationListPage'>;

export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
};

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(),
    queryFn: () => unwrap(api.GET('/v1/me/notifications', { params: { query: { limit: 30 } } })),
    enabled,
    refetchInterval: 30_000,
  });
}

/** Unread count across all pages (the server counts them). */
export function unreadCount(page: NotificationPage | undefined): number {
  return page?.unread ?? 0;
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/v1/me/notifications/read', { body: {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
