import { useEffect, useState } from 'react';
import { get } from '../api/client.ts';
import type { Sjabloon } from './sjabloon-logic.ts';

/** The reply templates this medewerker may use (GET /api/antwoordsjablonen); none when unavailable. */
export function useSjablonen(): Sjabloon[] {
  const [sjablonen, setSjablonen] = useState<Sjabloon[]>([]);
  useEffect(() => {
    let current = true;
    get<{ results: Sjabloon[] }>('/api/antwoordsjablonen').then(
      (r) => current && setSjablonen(r.results),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return sjablonen;
}
