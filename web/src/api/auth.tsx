import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ApiError, got, tandem } from './client';
import type { User } from './types';

/** The signed-in user, or null when there is no session (a 401 is an answer, not an error). */
export async function fetchMe(): Promise<User | null> {
  try {
    return await got(tandem.GET('/api/me'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const ME_QUERY = { queryKey: ['me'], queryFn: fetchMe, retry: false, staleTime: 60_000 } as const;

/** The signed-in user (null when signed out); the query key is ['me']. */
export function useMe() {
  return useQuery(ME_QUERY);
}

/** Ends the session on the server (the cookie goes with it) and returns to sign-in. */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    await tandem.DELETE('/api/session').catch(() => undefined);
    client.clear();
    client.setQueryData(['me'], null);
    await navigate({ to: '/signin' });
  };
}

/** Roles that read project results (items, decisions, exports): the explorer. */
export const canRead = (user: User | null | undefined) =>
  user?.role === 'admin' || user?.role === 'manager' || user?.role === 'engineer' || user?.role === 'viewer';
export const canManage = (user: User | null | undefined) => user?.role === 'admin' || user?.role === 'manager';
