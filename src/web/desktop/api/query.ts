import { useMutation, useQueryClient, type QueryKey, type UseMutationResult } from '@tanstack/react-query';
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

/** The message of a failed query or mutation, as the screens show it. */
export const foutmelding = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A 404 from a route this server does not have yet (see ApiError.missing). */
export const ontbreekt = (error: unknown): boolean => error instanceof ApiError && error.missing;
