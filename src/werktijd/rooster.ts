import type { FieldProblem } from '../platform/errors.ts';

/**
 * Opening hours per weekday, "HH:MM-HH:MM" or null when closed. An end before the start means
 * the hours run past midnight (a night shift, "22:00-06:00"): they belong to the day they start.
 */
export const WEEKDAGEN = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'] as const;
export type Weekdag = (typeof WEEKDAGEN)[number];
export type Openingstijden = Record<Weekdag, string | null>;

/** Per weekday (0 = Sunday, as Date.getUTCDay) the opening in minutes after midnight, or null. */
export type Dagrooster = ({ van: number; tot: number } | null)[];

/** The KCC's hours unless a team has its own. */
export const KCC_OPENINGSTIJDEN: Openingstijden = {
  ma: '08:30-17:00',
  di: '08:30-17:00',
  wo: '08:30-17:00',
  do: '08:30-17:00',
  vr: '08:30-17:00',
  za: null,
  zo: null,
};

const TIJD = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const TIJDEN = new RegExp(`^(${TIJD})-(${TIJD}|24:00)$`);
const minuten = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export class RoosterOngeldig extends Error {
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join('; '));
  }
}

/** Parses and checks the week; throws RoosterOngeldig naming every bad day (prefix: field path). */
export function parseRooster(tijden: Openingstijden, prefix = 'openingstijden'): Dagrooster {
  const fields: FieldProblem[] = [];
  const rooster = WEEKDAGEN.map((dag) => {
    const tekst = tijden[dag];
    if (tekst === null) return null;
    const match = TIJDEN.exec(tekst);
    if (!match) {
      fields.push({ field: `${prefix}.${dag}`, message: 'verwacht "HH:MM-HH:MM"' });
      return null;
    }
    const van = minuten(match[1]!);
    const eind = minuten(match[2]!);
    if (eind === van) {
      fields.push({ field: `${prefix}.${dag}`, message: 'begin en einde zijn gelijk: geen werktijd' });
      return null;
    }
    // An end before the start runs into the next day.
    return { van, tot: eind > van ? eind : eind + 24 * 60 };
  });
  if (fields.length === 0 && rooster.every((d) => d === null)) fields.push({ field: prefix, message: 'geen enkele dag open' });
  if (fields.length > 0) throw new RoosterOngeldig(fields);
  return rooster;
}
