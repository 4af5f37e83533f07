import { useEffect, useState } from 'react';
import { api } from './client.ts';
import type { Collegas } from './types.ts';

/** One request per page load: the recipient list changes rarely and feeds two forms on a screen. */
let cached: Promise<Collegas> | undefined;

/**
 * Colleagues and teams to hand work to (GET /api/collegas); `undefined` while loading, `null` when
 * the server has no such list (the forms then fall back to what they knew before).
 */
export function useCollegas(): Collegas | null | undefined {
  const [collegas, setCollegas] = useState<Collegas | null | undefined>();
  useEffect(() => {
    let current = true;
    cached ??= api.collegas();
    cached.then(
      (c) => current && setCollegas(c),
      () => {
        cached = undefined;
        if (current) setCollegas(null);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return collegas;
}
