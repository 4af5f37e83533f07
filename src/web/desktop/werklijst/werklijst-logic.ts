/**
 * Due dates in words, in the municipality's time zone: "vandaag om 17:00", "morgen om 17:00",
 * "vrijdag 4 december om 17:00". Pure, so tests fix the moment.
 */
const ZONE = 'Europe/Amsterdam';

function dag(at: Date): number {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(at)
      .map((x) => [x.type, Number(x.value)]),
  );
  return Date.UTC(p.year!, p.month! - 1, p.day!) / 86_400_000;
}

export interface DagWoorden {
  vandaag: string;
  morgen: string;
  gisteren: string;
  om: (dag: string, tijd: string) => string;
}

export function termijnInWoorden(deadline: string, now: Date, lang: 'nl' | 'en', woorden: DagWoorden): string {
  const at = new Date(deadline);
  const tijd = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(
    at,
  );
  const verschil = dag(at) - dag(now);
  const dagNaam =
    verschil === 0
      ? woorden.vandaag
      : verschil === 1
        ? woorden.morgen
        : verschil === -1
          ? woorden.gisteren
          : new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
              timeZone: ZONE,
              weekday: 'long',
              day: 'numeric',
              month: 'long',
              ...(new Date(deadline).getUTCFullYear() !== now.getUTCFullYear() ? { year: 'numeric' as const } : {}),
            }).format(at);
  return woorden.om(dagNaam, tijd);
}

/** Whether the medewerker (by actor id) holds the task already, so "Oppakken" makes no sense. */
export function isVanMij(taak: { actoren: { id: string }[] }, actorId: string): boolean {
  return taak.actoren.length === 1 && taak.actoren[0]!.id === actorId;
}
