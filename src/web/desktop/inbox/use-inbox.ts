import { useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api/client.ts';
import { useRealtime } from '../api/realtime.tsx';
import type { Gesprek, InboxItem } from '../api/types.ts';
import { matchesFilters, orderInbox, withStatus, type InboxFilters } from './inbox-logic.ts';

export type InboxState =
  | { state: 'laden' }
  | { state: 'fout'; message: string }
  /** `terugval`: the server has no GET /api/inbox yet; the list is built from live events. */
  | { state: 'klaar'; items: InboxItem[]; terugval: boolean };

const RELOAD_DEBOUNCE_MS = 300;

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
    labels: gesprek.labels,
    gesluimerdTot: gesprek.gesluimerdTot,
  };
}

/**
 * The inbox list for the filters, kept live: a new message or status change refetches (debounced),
 * or, while the server lacks /api/inbox, is folded into a list built from the events themselves.
 */
export function useInbox(filters: InboxFilters, medewerkerId: string, onNewInbound: (item: InboxItem) => void): InboxState {
  const [state, setState] = useState<InboxState>({ state: 'laden' });
  const fallback = useRef(false);
  const reloadTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    api.inbox(filters).then(
      ({ results }) => current && setState({ state: 'klaar', items: orderInbox(results, filters), terugval: false }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.missing) {
          fallback.current = true;
          setState((s) => ({ state: 'klaar', items: s.state === 'klaar' ? s.items : [], terugval: true }));
        } else setState({ state: 'fout', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [filters, version]);

  useEffect(() => () => clearTimeout(reloadTimer.current), []);
  const reloadSoon = () => {
    clearTimeout(reloadTimer.current);
    reloadTimer.current = setTimeout(() => setVersion((v) => v + 1), RELOAD_DEBOUNCE_MS);
  };

  useRealtime((event) => {
    const gesprekId = typeof event.data.gesprekId === 'string' ? event.data.gesprekId : undefined;
    if (!gesprekId) return;
    if (event.type === 'bericht.nieuw') {
      const bericht = event.data.bericht as { richting?: string } | undefined;
      if (bericht?.richting !== 'inkomend') return;
      void api.gesprek(gesprekId).then((gesprek) => {
        const item = fromGesprek(gesprek);
        onNewInbound(item);
        if (!fallback.current) return reloadSoon();
        setState((s) => {
          if (s.state !== 'klaar') return s;
          const others = s.items.filter((i) => i.id !== item.id);
          const items = matchesFilters(item, filters, medewerkerId) ? [...others, item] : others;
          return { ...s, items: orderInbox(items, filters) };
        });
      });
    }
    if (['gesprek.labels', 'gesprek.gesluimerd', 'gesprek.gewekt'].includes(event.type)) return reloadSoon();
    if (['gesprek.status', 'gesprek.toegewezen', 'gesprek.afgehandeld'].includes(event.type)) {
      if (!fallback.current) return reloadSoon();
      const status = event.data.status as InboxItem['status'] | undefined;
      if (!status) return;
      setState((s) => {
        if (s.state !== 'klaar') return s;
        const items = withStatus(s.items, gesprekId, status)?.filter((i) => matchesFilters(i, filters, medewerkerId));
        return items ? { ...s, items } : s;
      });
    }
  });

  return state;
}
