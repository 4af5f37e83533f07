import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/**
 * Data counts as stale at once: a screen the agent opens again shows what the cache has and asks
 * the server again, as each screen did before. That keeps every viewing of personal data a read in
 * the processing log (verwerkingenlogging). While a screen is open, live events keep it current
 * (live-keys.ts). Reference data that rarely changes states a longer time where it is queried.
 */
export const STALE_MS = 0;
/** For reference data (colleagues, the map of the wijken): asked once per session. */
export const SESSIE = Infinity;
/** A query no screen shows any more is forgotten after this long. */
export const GC_MS = 5 * 60_000;
const RETRY_DELAY_MS = 2_000;

/**
 * Whether a failed read is worth one more try. A 4xx (no rights, not found, not on this server)
 * answers the same the second time; a 5xx or a dropped connection may be a blip. One retry only,
 * so a back office that is down is not hammered by every open desktop.
 */
export function shouldRetry(failures: number, error: unknown): boolean {
  if (failures >= 1) return false;
  return !(error instanceof ApiError) || error.status >= 500;
}

/**
 * The desktop's query client. No refetch on window focus: the agent switches windows all day and
 * the live events already keep the data current. A refetch after the network comes back stays on,
 * since events sent while offline are lost. Mutations never retry by themselves: the agent does.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: STALE_MS,
        gcTime: GC_MS,
        refetchOnWindowFocus: false,
        refetchOnReconnect: true,
        retry: shouldRetry,
        retryDelay: RETRY_DELAY_MS,
        // A new filter or period keeps the old rows on screen until the new ones are there, as before.
        placeholderData: keepPreviousData,
      },
      mutations: { retry: false },
    },
  });
}
