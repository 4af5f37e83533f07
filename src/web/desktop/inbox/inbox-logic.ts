import type { InboxItem } from '../api/types.ts';

export interface InboxFilters {
  kanaal: string;
  status: string;
  filter: 'alle' | 'mijn' | 'ongetoegewezen';
  /** A label in use ('' for all). */
  label: string;
  /** '' keeps the desktop's own order (service level first); otherwise the server's. */
  sorteer: '' | 'wachttijd' | 'oudste' | 'nieuwste';
  weergave: 'inbox' | 'gesluimerd';
}

export const DEFAULT_FILTERS: InboxFilters = { kanaal: '', status: '', filter: 'alle', label: '', sorteer: '', weergave: 'inbox' };

/** The list in the order the agent chose: the server's, or most urgent first. */
export function orderInbox(items: readonly InboxItem[], filters: InboxFilters): InboxItem[] {
  return filters.sorteer ? [...items] : sortInbox(items);
}
/** Under this many seconds left the service level shows as "bijna verlopen". */
export const SLA_WARNING_SECONDS = 5 * 60;

export type SlaState = { state: 'geen' } | { state: 'ok' | 'bijna' | 'verlopen'; seconds: number };

/** How the service level of a gesprek stands at `now`: seconds left (negative when overdue). */
export function slaState(deadline: string | null, now: number): SlaState {
  if (!deadline) return { state: 'geen' };
  const seconds = Math.floor((Date.parse(deadline) - now) / 1000);
  if (seconds < 0) return { state: 'verlopen', seconds };
  return { state: seconds < SLA_WARNING_SECONDS ? 'bijna' : 'ok', seconds };
}

/** A countdown clock: 4:05, 1:02:03; the sign is left to the caller's words ("over"/"te laat"). */
export function formatClock(totalSeconds: number): string {
  const s = Math.abs(Math.trunc(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** Seconds since an ISO moment, never negative (clocks of server and browser may differ a little). */
export function secondsSince(iso: string | null, now: number): number | undefined {
  if (!iso) return undefined;
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 1000));
}

/** The same filters the server applies, for items that change live between two fetches. */
export function matchesFilters(item: InboxItem, filters: InboxFilters, medewerkerId: string): boolean {
  if (item.status === 'afgehandeld' && filters.status !== 'afgehandeld') return false;
  if (filters.kanaal && item.kanaal !== filters.kanaal) return false;
  if (filters.status && item.status !== filters.status) return false;
  if (filters.label && !item.labels.includes(filters.label.trim().replace(/\s+/g, ' ').toLowerCase())) return false;
  if ((filters.weergave === 'gesluimerd') !== (item.gesluimerdTot !== null)) return false;
  if (filters.filter === 'mijn') return item.toegewezenAan?.id === medewerkerId;
  if (filters.filter === 'ongetoegewezen') return item.toegewezenAan === null;
  return true;
}

/** Most urgent first: the earliest service-level deadline, then the longest waiting. */
export function sortInbox(items: readonly InboxItem[]): InboxItem[] {
  const deadline = (item: InboxItem) => (item.slaDeadline ? Date.parse(item.slaDeadline) : Number.POSITIVE_INFINITY);
  const since = (item: InboxItem) => (item.wachtSinds ? Date.parse(item.wachtSinds) : Number.POSITIVE_INFINITY);
  return [...items].sort((a, b) => deadline(a) - deadline(b) || since(a) - since(b));
}

/** The row j/k lands on: one step down or up, staying within the list. */
export function moveSelection(ids: readonly string[], current: string | undefined, step: 1 | -1): string | undefined {
  if (ids.length === 0) return undefined;
  const index = current ? ids.indexOf(current) : -1;
  if (index === -1) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[Math.min(ids.length - 1, Math.max(0, index + step))];
}

/** Applies a realtime status change to the list; false when the gesprek is not in it. */
export function withStatus(items: readonly InboxItem[], gesprekId: string, status: InboxItem['status']): InboxItem[] | undefined {
  if (!items.some((i) => i.id === gesprekId)) return undefined;
  return items.map((i) => (i.id === gesprekId ? { ...i, status } : i));
}
