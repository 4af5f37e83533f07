import { sql } from 'kysely';
import type { LoketDatabase } from '../../db/database.ts';
import type { Db } from '../../db/transaction.ts';
import { encodeBounded } from './bounded-payload.ts';

/**
 * Cross-node events over PostgreSQL LISTEN/NOTIFY. An event is published inside the transaction
 * that made the change, so it is delivered (to every Loket node sharing the database, this one
 * included) exactly when the change commits, and never for a change that rolled back.
 */
export const EVENTS_CHANNEL = 'loket_events';

export interface Audience {
  /** Every logged-in agent (kcc, backoffice, teamleider). */
  agents?: boolean;
  teamIds?: string[];
  medewerkerIds?: string[];
  /** Citizens' chat sessions (the web chat widget). */
  chatSessionIds?: string[];
}

export interface LoketEvent {
  type: string;
  data: Record<string, unknown>;
  audience: Audience;
}

export async function publishEvent(db: Db, event: LoketEvent): Promise<void> {
  // Events carry ids and short previews, bounded in bytes; receivers fetch the rest by id.
  await sql`select pg_notify(${EVENTS_CHANNEL}, ${encodeBounded(event)})`.execute(db);
}

export type EventListener = (event: LoketEvent) => void;

/** Receives the events of all nodes and hands them to this node's subscribers (its sockets). */
export class EventHub {
  readonly #listeners = new Set<EventListener>();
  /** Citizens' chat sockets by session: an event reaches its sessions' sockets without passing all the others. */
  readonly #chatSessions = new Map<string, Set<EventListener>>();
  #unlisten: (() => Promise<void>) | undefined;

  async start(database: LoketDatabase): Promise<void> {
    this.#unlisten = await database.listen(EVENTS_CHANNEL, (payload) => {
      let event: LoketEvent;
      try {
        event = JSON.parse(payload) as LoketEvent;
      } catch {
        return;
      }
      for (const listener of this.#listeners) listener(event);
      for (const sessionId of event.audience?.chatSessionIds ?? []) {
        for (const listener of this.#chatSessions.get(sessionId) ?? []) listener(event);
      }
    });
  }

  /** Hands `listener` only the events addressed to this chat session. */
  subscribeChatSession(sessionId: string, listener: EventListener): () => void {
    let listeners = this.#chatSessions.get(sessionId);
    if (!listeners) this.#chatSessions.set(sessionId, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.#chatSessions.get(sessionId) === listeners) this.#chatSessions.delete(sessionId);
    };
  }

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.#listeners.clear();
    this.#chatSessions.clear();
    await this.#unlisten?.();
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    hub: EventHub;
  }
}
