/** A colleague's sign that they have this gesprek open (live event 'gesprek.inzage'). */
export interface Inzage {
  medewerkerId: string;
  naam: string;
  tot: string;
}

/** The colleagues who have the gesprek open at `now`, by name; my own desktops do not count. */
export function meekijkers(inzagen: ReadonlyMap<string, Inzage>, mij: string, now: number): string[] {
  return [...inzagen.values()]
    .filter((i) => i.medewerkerId !== mij && Date.parse(i.tot) > now)
    .map((i) => i.naam)
    .sort((a, b) => a.localeCompare(b, 'nl'));
}
