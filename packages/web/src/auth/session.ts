// The signed-in user, fetched once from GET /api/me and shared through React Query.
import type { Me } from '@lian/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/endpoints';
import { isApiError } from '../api/errors';

export const meKey = ['me'] as const;

export async function fetchMe(): Promise<Me | null> {
  try {
    return (await api.me()).user;
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

export function useSetMe(): (user: Me | null) => void {
  const client = useQueryClient();
  return (user) => {
    client.setQueryData(meKey, user);
    // Signed out: forget everything fetched for the account, but keep the "me" query itself — its
    // observers (the page header) hold that query object and would go on showing the old user if it
    // were replaced by a new one, as QueryClient.clear() would do.
    if (!user) client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  };
}
