import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';

/** Mirrors PERMISSIONS['partij:samenvoegen'] in src/platform/roles.ts; the server checks it again. */
const SAMENVOEGEN = new Set(['kcc', 'teamleider']);

export const magSamenvoegen = (rollen: readonly string[]) => rollen.some((r) => SAMENVOEGEN.has(r));

/** Whether the medewerker may merge partijen; false until known, so the action never flashes up. */
export function useMagSamenvoegen(): boolean {
  const [mag, setMag] = useState(false);
  useEffect(() => {
    let current = true;
    api.me().then(
      ({ medewerker }) => current && setMag(magSamenvoegen(medewerker.rollen)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return mag;
}
