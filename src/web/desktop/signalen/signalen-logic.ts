/** A gesprek waiting for this medewerker, as GET /api/inbox/aantallen lists it (the server decides what waits for whom). */
export interface Wachtend {
  id: string;
  kanaal: string;
}

/**
 * What to signal after the waiting list was fetched again: a gesprek that waits for me now and
 * did not before (new, or handed to me), or one in which the citizen just wrote (`inkomend`:
 * gesprek ids from live events since the last fetch). Never on the first fetch, so logging in or
 * reloading makes no noise.
 */
export function nieuwWerk<T extends Wachtend>(voor: readonly Wachtend[] | undefined, na: readonly T[], inkomend: ReadonlySet<string>): T[] {
  if (!voor) return [];
  const wachtteAl = new Set(voor.map((i) => i.id));
  return na.filter((i) => !wachtteAl.has(i.id) || inkomend.has(i.id));
}

/** The tab's title with the count in front, as mail clients do: "(3) Inbox — Loket". */
export function titelMetTeller(titel: string, aantal: number): string {
  return aantal > 0 ? `(${aantal > 99 ? '99+' : aantal}) ${titel}` : titel;
}
