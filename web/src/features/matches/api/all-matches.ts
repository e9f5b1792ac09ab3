import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { matchKeys, type MatchItem } from './matches';

const PAGE = 100;
const MAX = 1000;

/** Every match of the caller (in pages of 100), for reviewing one at a time. */
export function useAllMatches(eventId: string) {
  return useQuery({
    queryKey: [...matchKeys.lists(eventId), 'all'],
    queryFn: async () => {
      const items: MatchItem[] = [];
      for (let page = 1; items.length < MAX; page++) {
        const data = await unwrap(
          api.GET('/v1/events/{eventId}/matches', { params: { path: { eventId }, query: { sort: 'score', page, limit: PAGE } } }),
        );
        items.push(...data.items);
        if (items.length >= data.total || data.items.length === 0) break;
      }
      return items;
    },
  });
}
