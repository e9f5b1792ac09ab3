import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, rawRequest, unwrap } from '@/lib/api-client';
import type { Page } from '@/lib/types';

export interface NotificationItem {
  id: string;
  eventId: string | null;
  type: string;
  payload: Record<string, unknown>;
  createdAt: string;
  read: boolean;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
};

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(),
    queryFn: () => unwrap<Page<NotificationItem> & { unread?: number }>(api.GET('/v1/me/notifications', { params: { query: { limit: 30 } } })),
    enabled,
    refetchInterval: 30_000,
  });
}

/** Unread count: the server's when it sends one, else counted on the page. */
export function unreadCount(page: (Page<NotificationItem> & { unread?: number }) | undefined): number {
  if (!page) return 0;
  return page.unread ?? page.items.filter((n) => !n.read).length;
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rawRequest('POST', '/v1/me/notifications/read', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
