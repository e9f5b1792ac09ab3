import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type RequestBodyOf } from '@/lib/api-client';

export const accountKeys = { me: ['auth', 'me'] as const };

/** PATCH /v1/me {displayName?, locale?}. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBodyOf<'patch', '/v1/me'>) => unwrap(api.PATCH('/v1/me', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.me }),
  });
}

/** Saves the language on the account; a server without the field yet (404/400) is not an error for the user. */
export async function saveLocale(locale: 'ko' | 'en'): Promise<void> {
  try {
    await unwrap(api.PATCH('/v1/me', { body: { locale } }));
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400 || e.status === 401)) return;
    throw e;
  }
}
