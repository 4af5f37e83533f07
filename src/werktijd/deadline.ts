import { TIJDZONE } from '../platform/local-day.ts';
import type { FeestdagOpties } from '../config.ts';
import { feestdagen } from './feestdagen.ts';
import type { Dagrooster } from './rooster.ts';
import { isoDatum, lokaleDatum, plusDagen, wandtijdNaarUtc, weekdag, type Datum } from './wandtijd.ts';

/** Everything that decides when the municipality works. */
export interface Kalender {
  rooster: Dagrooster;
  feestdagen: FeestdagOpties;
  /** The municipality's own closing days ('YYYY-MM-DD'), e.g. the day after Hemelvaart. */
  sluitingsdagen: ReadonlySet<string>;
  zone?: string;
}

interface Periode {
  /** The day the opening belongs to (the day it starts). */
  dag: string;
  begin: Date;
  eind: Date;
}

/** Nobody is closed for longer than this; beyond it the calendar is wrong, not the sum. */
const MAX_DAGEN = 3 * 366;

function isVrij(kalender: Kalender, d: Datum): boolean {
  const dag = isoDatum(d);
  return kalender.sluitingsdagen.has(dag) || feestdagen(d.jaar, kalender.feestdagen).has(dag);
}

/** The working periods that end after `vanaf`, in order, clipped to start no earlier than it. */
function* perioden(kalender: Kalender, vanaf: Date): Generator<Periode> {
  const zone = kalender.zone ?? TIJDZONE;
  // Start a day early: yesterday's night shift may still be running.
  const eerste = plusDagen(lokaleDatum(vanaf, zone), -1);
  for (let i = 0; i < MAX_DAGEN; i++) {
    const d = plusDagen(eerste, i);
    const open = kalender.rooster[weekdag(d)];
    if (!open || isVrij(kalender, d)) continue;
    const begin = wandtijdNaarUtc(d, open.van, zone);
    const eind = wandtijdNaarUtc(d, open.tot, zone);
    if (eind <= vanaf || eind <= begin) continue;
    yield { dag: isoDatum(d), begin: begin < vanaf ? vanaf : begin, eind };
  }
  throw new Error(`geen werktijd binnen ${MAX_DAGEN} dagen`);
}

/** The moment `minuten` of working time after `van` have passed (0: the next working moment). */
export function plusWerktijd(kalender: Kalender, van: Date, minuten: number): Date {
  if (!(minuten >= 0)) throw new RangeError('werktijd moet 0 of meer zijn');
  let rest = minuten * 60_000;
  for (const p of perioden(kalender, van)) {
    const lengte = p.eind.getTime() - p.begin.getTime();
    if (rest <= lengte) return new Date(p.begin.getTime() + rest);
    rest -= lengte;
  }
  throw new Error('onbereikbaar');
}

/**
 * The end of the `werkdagen`-th working day after the day of `van` ("binnen 2 werkdagen": the day
 * a request comes in does not count). With 0: the end of the working day still running or next.
 */
export function plusWerkdagen(kalender: Kalender, van: Date, werkdagen: number): Date {
  if (!Number.isInteger(werkdagen) || werkdagen < 0) throw new RangeError('werkdagen moet een geheel getal van 0 of meer zijn');
  let vandaag: string | undefined;
  let geteld = 0;
  for (const p of perioden(kalender, van)) {
    if (werkdagen === 0) return p.eind;
    // The working day of arrival: the opening running at `van` (a night shift may have begun
    // yesterday), else the calendar day of `van`.
    vandaag ??= p.begin.getTime() === van.getTime() ? p.dag : isoDatum(lokaleDatum(van, kalender.zone ?? TIJDZONE));
    if (p.dag <= vandaag) continue;
    if (++geteld === werkdagen) return p.eind;
  }
  throw new Error('onbereikbaar');
}

/** The minutes of an ISO 8601 duration of hours, minutes and seconds (PT1H, PT30M, PT1H30M). */
export function isoDuurInMinuten(duur: string): number | null {
  const match = /^PT(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(duur);
  if (!match) return null;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 60;
}

/** Minutes of working time between two moments (0 when `tot` is not after `van`). */
export function werktijdTussen(kalender: Kalender, van: Date, tot: Date): number {
  let ms = 0;
  if (tot <= van) return 0;
  for (const p of perioden(kalender, van)) {
    if (p.begin >= tot) break;
    ms += Math.min(p.eind.getTime(), tot.getTime()) - p.begin.getTime();
  }
  return ms / 60_000;
}
