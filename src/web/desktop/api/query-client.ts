import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/**
 * Data counts as fresh this long. Live events invalidate what they change (live-invalidation.ts),
 * so a screen the agent returns to within this time shows what it had without asking again.
 */
export const STALE_MS = 30_000;
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
