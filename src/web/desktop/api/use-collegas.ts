import { api } from './client.ts';
import { SESSIE } from './query-client.ts';
import { keys, useQuery } from './query.ts';
import type { Collegas } from './types.ts';

/** The recipient list changes rarely: asked once per session, shared by every form that needs it. */
export const collegasQuery = { queryKey: keys.collegas(), queryFn: api.collegas, staleTime: SESSIE, retry: false } as const;

/**
 * Colleagues and teams to hand work to (GET /api/collegas); `undefined` while loading, `null` when
 * the server has no such list (the forms then fall back to what they knew before).
 */
export function useCollegas(): Collegas | null | undefined {
  const query = useQuery(collegasQuery);
  return query.isError ? null : query.data;
}
