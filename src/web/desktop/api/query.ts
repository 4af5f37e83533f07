import { useMutation, useQueryClient, type QueryKey, type UseMutationResult, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ApiError } from './client.ts';

export { queryOptions, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
export { keys } from './query-keys.ts';

/** Marks these queries stale and refetches the ones on screen; for after a change the agent made. */
export function useInvalidate(): (...queryKeys: QueryKey[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (...queryKeys: QueryKey[]) => {
      await Promise.all(queryKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
    [client],
  );
}

/**
 * A change through the API that refreshes what it touched: `invalidates` names the queries the
 * answer makes stale; they are refetched before the mutation counts as done, so a screen that
 * announces success already shows the result.
 */
export function useApiMutation<TData, TInput = void>(
  mutationFn: (input: TInput) => Promise<TData>,
  invalidates: (data: TData, input: TInput) => QueryKey[],
): UseMutationResult<TData, Error, TInput> {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn, onSuccess: (data, input) => invalidate(...invalidates(data, input)) });
}

/** What QueryState needs of a query: a UseQueryResult, or several shown as one (see `samen`). */
export type Opvraging<T> =
  | { status: 'success'; data: T; error: unknown; refetch: () => unknown }
  | { status: 'pending' | 'error'; error: unknown; refetch: () => unknown };

/**
 * Queries a screen shows as one: there when all are, failed when one failed (its error shown),
 * loading otherwise; trying again refetches the ones that failed.
 */
export function samen<T extends unknown[]>(...queries: { [K in keyof T]: UseQueryResult<T[K]> }): Opvraging<T> {
  const refetch = () => queries.filter((q) => q.isError).forEach((q) => void q.refetch());
  const failed = queries.find((q) => q.status === 'error');
  if (failed) return { status: 'error', error: failed.error, refetch };
  if (queries.some((q) => q.status === 'pending')) return { status: 'pending', error: null, refetch };
  return { status: 'success', data: queries.map((q) => q.data) as T, error: null, refetch };
}

/** The message of a failed query or mutation, as the screens show it. */
export const foutmelding = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A 404 from a route this server does not have yet (see ApiError.missing). */
export const ontbreekt = (error: unknown): boolean => error instanceof ApiError && error.missing;
