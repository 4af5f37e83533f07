import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../api/client.ts';
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

/** The partij of a gesprek, masked or full, with its timeline once the agent may see it. */
export function useGesprekPartij(gesprek: Pick<Gesprek, 'id' | 'partijId'> | undefined): [GesprekPartij, () => void] {
  const [state, setState] = useState<GesprekPartij>({ state: 'laden' });
  const [version, setVersion] = useState(0);
  // Reloaded when the gesprek or its partij changes, not on every new object for the same gesprek.
  const gesprekId = gesprek?.id;
  const partijId = gesprek?.partijId;
  useEffect(() => {
    if (!gesprekId) return;
    let current = true;
    const load = async (): Promise<GesprekPartij> => {
      try {
        const partij = await api.gesprekPartij(gesprekId);
        return partij.gemaskeerd ? { state: 'gemaskeerd', partij } : await loadFull(gesprekId, partij, false);
      } catch (error) {
        // 409 LOKET_GESPREK_ZONDER_PARTIJ: nobody linked yet.
        if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 409)) throw error;
        if (!error.missing || !partijId) return { state: 'geen' };
        return loadFull(gesprekId, await api.partij(partijId), true);
      }
    };
    load().then(
      (s) => current && setState(s),
      () => current && setState({ state: 'geen' }),
    );
    return () => {
      current = false;
    };
  }, [gesprekId, partijId, version]);
  return [state, useCallback(() => setVersion((v) => v + 1), [])];
}
