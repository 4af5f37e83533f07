/**
 * The processing log's search as the screen keeps it (days, not moments) and as the API wants it
 * (moments). A day is a day in the Netherlands, whatever the browser's clock says.
 */
export interface Zoekvraag {
  gebruiker: string;
  partij: string;
  van: string;
  tot: string;
  doel: string;
}

export const LEGE_ZOEKVRAAG: Zoekvraag = { gebruiker: '', partij: '', van: '', tot: '', doel: '' };
export const PAGINA = 50;

const ZONE = 'Europe/Amsterdam';
const DAG = /^\d{4}-\d{2}-\d{2}$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** How far Amsterdam is ahead of UTC at this moment, in ms (one or two hours). */
function voorsprong(at: number): number {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
      .formatToParts(new Date(at))
      .map((x) => [x.type, Number(x.value)]),
  );
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - at;
}

/** Midnight at the start of a Dutch calendar day, as an ISO moment. */
export function dagBegin(dag: string): string {
  const [y, m, d] = dag.split('-').map(Number);
  const utc = Date.UTC(y!, m! - 1, d!);
  // Midnight is never in a DST gap in the Netherlands (the clocks move at 02:00/03:00).
  return new Date(utc - voorsprong(utc - voorsprong(utc))).toISOString();
}

function volgendeDag(dag: string): string {
  const [y, m, d] = dag.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

export type ZoekFout = 'partijOngeldig' | 'datumOngeldig' | 'periodeOmgekeerd';

export function zoekFout(z: Zoekvraag): { fout: ZoekFout; veld: keyof Zoekvraag } | undefined {
  if (z.partij.trim() && !UUID.test(z.partij.trim())) return { fout: 'partijOngeldig', veld: 'partij' };
  if (z.van && !DAG.test(z.van)) return { fout: 'datumOngeldig', veld: 'van' };
  if (z.tot && !DAG.test(z.tot)) return { fout: 'datumOngeldig', veld: 'tot' };
  if (z.van && z.tot && z.tot < z.van) return { fout: 'periodeOmgekeerd', veld: 'tot' };
  return undefined;
}

/** The API's query for one page: `tot` includes the whole last day. */
export function apiQuery(z: Zoekvraag, pagina: number): Record<string, string | undefined> {
  const partij = z.partij.trim();
  return {
    gebruiker: z.gebruiker || undefined,
    ...(partij ? { objecttype: 'partij', objectId: partij.toLowerCase() } : {}),
    van: z.van ? dagBegin(z.van) : undefined,
    tot: z.tot ? dagBegin(volgendeDag(z.tot)) : undefined,
    doel: z.doel.trim() || undefined,
    limit: String(PAGINA),
    offset: pagina > 0 ? String(pagina * PAGINA) : undefined,
  };
}
