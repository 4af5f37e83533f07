import { useState } from 'react';
import { api } from '../api/client.ts';
import { foutmelding, keys, ontbreekt, useQuery } from '../api/query.ts';
import { useRealtime } from '../api/realtime.tsx';
import type { Gesprek, InboxItem } from '../api/types.ts';
import { matchesFilters, orderInbox, withStatus, type InboxFilters } from './inbox-logic.ts';

export type InboxState =
  | { state: 'laden' }
  | { state: 'fout'; message: string }
  /** `terugval`: the server has no GET /api/inbox yet; the list is built from live events. */
  | { state: 'klaar'; items: InboxItem[]; terugval: boolean };

function fromGesprek(gesprek: Gesprek): InboxItem {
  const firstInbound = gesprek.berichten.find((b) => b.richting === 'inkomend');
  return {
    id: gesprek.id,
    kanaal: gesprek.kanaal,
    status: gesprek.status,
    onderwerp: gesprek.onderwerp,
    partij: null,
    // Not known from a live event; the next GET /api/inbox brings the real value.
    geverifieerd: false,
    wachtSinds: firstInbound?.verzondenOp ?? gesprek.gestartOp,
    laatsteBerichtOp: gesprek.berichten.at(-1)?.verzondenOp ?? null,
    toegewezenAan: null,
    team: null,
    slaDeadline: null,
    slaResterendSeconden: null,
    labels: gesprek.labels,
    gesluimerdTot: gesprek.gesluimerdTot,
  };
}

export const inboxQuery = (filters: InboxFilters) => ({
  queryKey: keys.inboxLijst(filters),
  queryFn: () => api.inbox(filters).then(({ results }) => orderInbox(results, filters)),
});

/**
 * The inbox list for the filters, kept live: the live events make the list stale (live-keys.ts)
 * and it is fetched again; while the server lacks /api/inbox, the events are folded into a list
 * built from the events themselves. A citizen's new message is announced either way.
 */
export function useInbox(filters: InboxFilters, medewerkerId: string, onNewInbound: (item: InboxItem) => void): InboxState {
  const query = useQuery(inboxQuery(filters));
  const terugval = ontbreekt(query.error);
  const [terugvalItems, setTerugvalItems] = useState<InboxItem[]>([]);

  useRealtime((event) => {
    const gesprekId = typeof event.data.gesprekId === 'string' ? event.data.gesprekId : undefined;
    if (!gesprekId) return;
    if (event.type === 'bericht.nieuw') {
      const bericht = event.data.bericht as { richting?: string } | undefined;
      if (bericht?.richting !== 'inkomend') return;
      void api.gesprek(gesprekId).then((gesprek) => {
        const item = fromGesprek(gesprek);
        onNewInbound(item);
        if (!terugval) return;
        setTerugvalItems((items) => {
          const others = items.filter((i) => i.id !== item.id);
          return orderInbox(matchesFilters(item, filters, medewerkerId) ? [...others, item] : others, filters);
        });
      });
    }
    if (terugval && ['gesprek.status', 'gesprek.toegewezen', 'gesprek.afgehandeld'].includes(event.type)) {
      const status = event.data.status as InboxItem['status'] | undefined;
      if (!status) return;
      setTerugvalItems((items) => withStatus(items, gesprekId, status)?.filter((i) => matchesFilters(i, filters, medewerkerId)) ?? items);
    }
  });

  if (terugval) return { state: 'klaar', items: terugvalItems, terugval: true };
  if (query.status === 'pending') return { state: 'laden' };
  if (query.status === 'error') return { state: 'fout', message: foutmelding(query.error) };
  return { state: 'klaar', items: query.data, terugval: false };
}
