import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type RequestBodyOf, type ResponseOf } from '@/lib/api-client';
import { setToken, useToken } from '@/lib/auth-token';

/** The signed-in account: one shape per role, so checking `role` narrows `profile` to that role's profile. */
export type Me = ResponseOf<'get', '/v1/me'>;
export type Role = Me['role'];
export type AccountStatus = Me['status'];

export const authKeys = {
  me: ['auth', 'me'] as const,
};

/** The signed-in account's read: the layout's, and started early by the router (it runs while the page's code loads). */
export const meQuery = (token: string | null) =>
  queryOptions({
    queryKey: [...authKeys.me, token],
    queryFn: () => unwrap(api.GET('/v1/me')),
    enabled: !!token,
    staleTime: 60_000,
  });

export function useMe() {
  return useQuery(meQuery(useToken()));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBodyOf<'post', '/v1/auth/login'>) => unwrap(api.POST('/v1/auth/login', { body })),
    onSuccess: ({ accessToken }) => {
      queryClient.clear();
      setToken(accessToken);
    },
  });
}

export type SignupInput = RequestBodyOf<'post', '/v1/auth/signup'>;

export function useSignup() {
  return useMutation({
    mutationFn: (body: SignupInput) => unwrap(api.POST('/v1/auth/signup', { body })),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return () => {
    setToken(null);
    queryClient.clear();
  };
}
