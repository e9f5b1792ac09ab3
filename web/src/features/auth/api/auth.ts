import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { setToken, useToken } from '@/lib/auth-token';

export type Role = 'startup' | 'investor' | 'corporate' | 'organizer';
export type AccountStatus = 'active' | 'pending' | 'rejected';

export interface Me {
  id: string;
  email: string;
  role: Role;
  status: AccountStatus;
  displayName: string;
  locale?: 'ko' | 'en' | null;
  profile: Record<string, unknown> | null;
}

export const authKeys = {
  me: ['auth', 'me'] as const,
};

export function useMe() {
  const token = useToken();
  return useQuery({
    queryKey: [...authKeys.me, token],
    queryFn: () => unwrap<Me>(api.GET('/v1/me')),
    enabled: !!token,
    staleTime: 60_000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      unwrap<{ accessToken: string; expiresIn: number }>(api.POST('/v1/auth/login', { body })),
    onSuccess: ({ accessToken }) => {
      queryClient.clear();
      setToken(accessToken);
    },
  });
}

export interface SignupInput {
  email: string;
  password: string;
  role: 'startup' | 'investor' | 'corporate';
  displayName: string;
}

export function useSignup() {
  return useMutation({
    mutationFn: (body: SignupInput) => unwrap<{ id: string; email: string; role: Role; status: AccountStatus }>(api.POST('/v1/auth/signup', { body })),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return () => {
    setToken(null);
    queryClient.clear();
  };
}
