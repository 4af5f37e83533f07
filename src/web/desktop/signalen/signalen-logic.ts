import type { InboxItem } from '../api/types.ts';

/**
 * Whether a gesprek waits for this medewerker: a citizen waits for an answer (`wachtSinds`) in a
 * gesprek assigned to them, or in an open one nobody has taken from the queues they see.
 */
export function wachtOpMij(item: InboxItem, medewerkerId: string): boolean {
  if (item.status === 'afgehandeld' || item.wachtSinds === null) return false;
  if (item.toegewezenAan) return item.toegewezenAan.id === medewerkerId;
  return item.status === 'open';
}

/** The number shown beside "Inbox" and in the tab's title. */
export function aantalWachtend(items: readonly InboxItem[], medewerkerId: string): number {
  return items.filter((i) => wachtOpMij(i, medewerkerId)).length;
}

/**
 * What to signal after the list was fetched again: a gesprek that now waits for me and did not
 * before (new, or handed to me), or one waiting for me in which the citizen just wrote
 * (`inkomend`: gesprek ids from live events since the last fetch). Never on the first fetch,
 * so logging in or reloading makes no noise.
 */
export function nieuwWerk(voor: readonly InboxItem[] | undefined, na: readonly InboxItem[], inkomend: ReadonlySet<string>, medewerkerId: string): InboxItem[] {
  if (!voor) return [];
  const wachtteAl = new Set(voor.filter((i) => wachtOpMij(i, medewerkerId)).map((i) => i.id));
  return na.filter((i) => wachtOpMij(i, medewerkerId) && (!wachtteAl.has(i.id) || inkomend.has(i.id)));
}

/** The tab's title with the count in front, as mail clients do: "(3) Inbox — Loket". */
export function titelMetTeller(titel: string, aantal: number): string {
  return aantal > 0 ? `(${aantal > 99 ? '99+' : aantal}) ${titel}` : titel;
}
