import { QueryClientProvider, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { liveKeys } from './live-keys.ts';
import { createQueryClient } from './query-client.ts';
import { useRealtime } from './realtime.tsx';

/** A burst of events (a chat with three quick messages) becomes one refetch per query. */
const LIVE_DEBOUNCE_MS = 300;

/** The desktop's one query cache, for the whole session and the login page before it. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/**
 * Turns live events into invalidations (live-keys.ts): the queries they make stale are collected
 * for a moment and then refetched if a screen shows them, or marked stale for when one does.
 * Sits inside the RealtimeProvider; renders nothing.
 */
export function LiveInvalidation() {
  const client = useQueryClient();
  const pending = useRef(new Map<string, QueryKey>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  useRealtime((event) => {
    const found = liveKeys(event);
    if (found.length === 0) return;
    for (const key of found) pending.current.set(JSON.stringify(key), key);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const batch = [...pending.current.values()];
      pending.current.clear();
      for (const queryKey of batch) void client.invalidateQueries({ queryKey });
    }, LIVE_DEBOUNCE_MS);
  });
  return null;
}
