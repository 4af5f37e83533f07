import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { RealtimeEvent } from './types.ts';

type Listener = (event: RealtimeEvent) => void;
/**
 * `geweigerd-*`: the server closed the socket on purpose (close code 4401/4403 with a LOKET_ code as
 * reason); retrying would flicker, so the desktop says why and retries only slowly.
 */
export type ConnectionState = 'verbinden' | 'verbonden' | 'verbroken' | 'geweigerd-herkomst' | 'geweigerd-sessie' | 'geweigerd';

interface Realtime {
  subscribe(listener: Listener): () => void;
  state: ConnectionState;
}

const RealtimeContext = createContext<Realtime | null>(null);
const MAX_BACKOFF_MS = 15_000;
const REFUSED_RETRY_MS = 60_000;

/** What a close event means for the agent. */
export function refusal(code: number, reason: string): ConnectionState | undefined {
  if (code === 4401) return 'geweigerd-sessie';
  if (code !== 4403) return undefined;
  return reason === 'LOKET_HERKOMST_GEWEIGERD' ? 'geweigerd-herkomst' : 'geweigerd';
}

/** One WebSocket to /api/realtime for the whole desktop; reconnects with backoff after a drop. */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [state, setState] = useState<ConnectionState>('verbinden');

  useEffect(() => {
    let socket: WebSocket | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    const connect = () => {
      socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/realtime`);
      socket.onopen = () => {
        attempt = 0;
        setState('verbonden');
      };
      socket.onmessage = (message) => {
        const event = JSON.parse(String(message.data)) as RealtimeEvent;
        listeners.current.forEach((listener) => listener(event));
      };
      socket.onclose = (event) => {
        if (stopped) return;
        const refused = refusal(event.code, event.reason);
        setState(refused ?? 'verbroken');
        timer = setTimeout(connect, refused ? REFUSED_RETRY_MS : Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt++));
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, []);

  const value: Realtime = {
    state,
    subscribe(listener) {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
  };
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

/** Calls handler for every realtime event while the component is mounted (latest handler wins). */
export function useRealtime(handler: Listener): ConnectionState {
  const realtime = useContext(RealtimeContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => realtime?.subscribe((event) => latest.current(event)), [realtime]);
  return realtime?.state ?? 'verbroken';
}
