import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '@/lib/api-client';

/** What the API sends (`GET /v1/me` → profile) and what each form saves (`PUT /v1/me/<role>`). */
export type StartupProfile = Schema<'StartupView'>;
export type InvestorProfile = Schema<'InvestorView'>;
export type CorporateProfile = Schema<'CorporateView'>;
export type StartupProfileInput = Schema<'StartupProfileDto'>;
export type InvestorProfileInput = Schema<'InvestorProfileDto'>;
export type CorporateProfileInput = Schema<'CorporateProfileDto'>;

export const profileKeys = { me: ['auth', 'me'] as const, matches: ['matches'] as const };

function useProfileMutation<T>(send: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      // A profile change re-scores the member's matches in the background.
      void queryClient.invalidateQueries({ queryKey: profileKeys.me });
      void queryClient.invalidateQueries({ queryKey: profileKeys.matches });
    },
  });
}

export const useSaveStartupProfile = () => useProfileMutation((body: StartupProfileInput) => unwrap(api.PUT('/v1/me/startup', { body })));
export const useSaveInvestorProfile = () => useProfileMutation((body: InvestorProfileInput) => unwrap(api.PUT('/v1/me/investor', { body })));
export const useSaveCorporateProfile = () => useProfileMutation((body: CorporateProfileInput) => unwrap(api.PUT('/v1/me/corporate', { body })));
