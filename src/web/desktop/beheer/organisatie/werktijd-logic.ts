/** Opening hours as the team settings keep them: per weekday "HH:MM-HH:MM", or null when closed. */
export const WEEKDAGEN = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Weekdag = (typeof WEEKDAGEN)[number];
export type Openingstijden = Record<Weekdag, string | null>;

/** The KCC's hours (werktijd/rooster.ts), which a team without its own follows; shown as the example. */
export const KCC_OPENINGSTIJDEN: Openingstijden = {
  ma: '08:30-17:00',
  di: '08:30-17:00',
  wo: '08:30-17:00',
  do: '08:30-17:00',
  vr: '08:30-17:00',
  za: null,
  zo: null,
};

export interface WerktijdFormulier {
  eigen: boolean;
  dagen: Record<Weekdag, string>;
  termijn: string;
}

export type WerktijdFout = { veld: Weekdag | 'termijn' | 'dagen'; soort: 'tijden' | 'gelijk' | 'geenDag' | 'termijn' };

const TIJDEN = /^((?:[01]\d|2[0-3]):[0-5]\d)-((?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

export function beginwaarden(openingstijden: Openingstijden | null, termijn: number | null): WerktijdFormulier {
  const bron = openingstijden ?? KCC_OPENINGSTIJDEN;
  return {
    eigen: openingstijden !== null,
    dagen: Object.fromEntries(WEEKDAGEN.map((d) => [d, bron[d] ?? ''])) as Record<Weekdag, string>,
    termijn: termijn === null ? '' : String(termijn),
  };
}

/**
 * Checks the form as the server will (werktijd/rooster.ts): each open day "HH:MM-HH:MM", begin and
 * end not equal (an end before the begin runs past midnight), at least one day open, and a term of
 * 0–60 working days or empty for the standard term. Returns the body for PUT /api/werktijd/teams/:id.
 */
export function werktijdInvoer(
  w: WerktijdFormulier,
): { fout: WerktijdFout } | { invoer: { openingstijden: Openingstijden | null; terugbeltermijnWerkdagen: number | null } } {
  let openingstijden: Openingstijden | null = null;
  if (w.eigen) {
    const tijden = {} as Openingstijden;
    for (const dag of WEEKDAGEN) {
      const tekst = w.dagen[dag].replace(/\s/g, '');
      if (tekst === '') {
        tijden[dag] = null;
        continue;
      }
      const match = TIJDEN.exec(tekst);
      if (!match) return { fout: { veld: dag, soort: 'tijden' } };
      if (match[1] === match[2]) return { fout: { veld: dag, soort: 'gelijk' } };
      tijden[dag] = tekst;
    }
    if (WEEKDAGEN.every((d) => tijden[d] === null)) return { fout: { veld: 'dagen', soort: 'geenDag' } };
    openingstijden = tijden;
  }
  const termijn = w.termijn.trim();
  if (termijn !== '' && !(/^\d{1,2}$/.test(termijn) && Number(termijn) <= 60)) return { fout: { veld: 'termijn', soort: 'termijn' } };
  return { invoer: { openingstijden, terugbeltermijnWerkdagen: termijn === '' ? null : Number(termijn) } };
}
