import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { RealtimeEvent } from './types.ts';

type Listener = (event: RealtimeEvent) => void;
export type ConnectionState = 'verbinden' | 'verbonden' | 'verbroken';

interface Realtime {
  subscribe(listener: Listener): () => void;
  state: ConnectionState;
}

const RealtimeContext = createContext<Realtime | null>(null);
const MAX_BACKOFF_MS = 15_000;

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
      socket.onclose = () => {
        if (stopped) return;
        setState('verbroken');
        timer = setTimeout(connect, Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt++));
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
