import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, getToken, setToken } from './client';
import type { User } from './types';

/** The signed-in user (null when signed out); the query key is ['me']. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => (getToken() ? api<User>('GET', '/api/me') : null),
    retry: false,
    staleTime: 60_000,
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return () => {
    setToken(null);
    client.clear();
    window.location.assign('/signin');
  };
}

export const canManage = (user: User | null | undefined) => user?.role === 'admin' || user?.role === 'manager';
