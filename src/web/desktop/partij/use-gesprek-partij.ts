import { useCallback } from 'react';
import { api, ApiError } from '../api/client.ts';
import { keys, useInvalidate, useQuery } from '../api/query.ts';
import type { Gesprek, Partij, TijdlijnItem } from '../api/types.ts';

export type GesprekPartij =
  | { state: 'laden' }
  | { state: 'geen' }
  /** Personal details masked until the agent verifies the citizen. */
  | { state: 'gemaskeerd'; partij: Partij }
  /** `zonderVerificatie`: the server has no verification route yet; the partij came from /api/partijen. */
  | { state: 'volledig'; partij: Partij; tijdlijn: TijdlijnItem[]; zonderVerificatie: boolean };

async function loadFull(gesprekId: string, partij: Partij, zonderVerificatie: boolean): Promise<GesprekPartij> {
  const { items } = await api
    .gesprekTijdlijn(gesprekId)
    .catch((e: unknown) => (e instanceof ApiError && e.missing ? api.tijdlijn(partij.id) : Promise.reject(e)))
    .catch(() => ({ items: [] as TijdlijnItem[] }));
  return { state: 'volledig', partij, tijdlijn: items, zonderVerificatie };
}

async function loadGesprekPartij(gesprekId: string, partijId: string | null | undefined): Promise<GesprekPartij> {
  try {
    const partij = await api.gesprekPartij(gesprekId);
    return partij.gemaskeerd ? { state: 'gemaskeerd', partij } : await loadFull(gesprekId, partij, false);
  } catch (error) {
    // 409 LOKET_GESPREK_ZONDER_PARTIJ: nobody linked yet.
    if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 409)) return { state: 'geen' };
    if (!error.missing || !partijId) return { state: 'geen' };
    return loadFull(gesprekId, await api.partij(partijId), true).catch((): GesprekPartij => ({ state: 'geen' }));
  }
}

/**
 * The partij of a gesprek, masked or full, with its timeline once the agent may see it; and a
 * function to ask again (after verifying or linking), which invalidates the query.
 */
export function useGesprekPartij(gesprek: Pick<Gesprek, 'id' | 'partijId'> | undefined): [GesprekPartij, () => void] {
  const invalidate = useInvalidate();
  // Asked again when the gesprek or its partij changes, not on every new object for the same gesprek.
  const gesprekId = gesprek?.id ?? '';
  const partijId = gesprek?.partijId;
  const query = useQuery({
    queryKey: [...keys.gesprekPartij(gesprekId), { partijId }],
    queryFn: () => loadGesprekPartij(gesprekId, partijId),
    enabled: gesprekId !== '',
  });
  const reload = useCallback(() => void invalidate(keys.gesprekPartij(gesprekId)), [invalidate, gesprekId]);
  return [query.data ?? { state: 'laden' }, reload];
}
