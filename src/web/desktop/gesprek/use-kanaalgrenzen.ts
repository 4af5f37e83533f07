import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Kanaalgrenzen } from '../api/types.ts';

/**
 * What the gesprek's channel allows, read again whenever `version` changes (a new message from
 * the citizen reopens the window). Undefined while loading or when the server cannot say: the
 * reply box then works as before, without limits.
 */
export function useKanaalgrenzen(gesprekId: string, version: number): Kanaalgrenzen | undefined {
  const [grenzen, setGrenzen] = useState<Kanaalgrenzen>();
  useEffect(() => {
    let current = true;
    api.kanaalgrenzen(gesprekId).then(
      (g) => current && setGrenzen(g),
      () => current && setGrenzen(undefined),
    );
    return () => {
      current = false;
    };
  }, [gesprekId, version]);
  return grenzen;
}
