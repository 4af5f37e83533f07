import { inTransaction, type Db } from '../db/transaction.ts';
import { publishEvent, type EventHub } from '../platform/realtime/event-bus.ts';
import { STANDAARD_NORM_SECONDEN } from './service-levels.ts';
import { bewaarServicenorm, leesServicenormen, type Servicenorm } from './servicenormen.queries.ts';

export type { Servicenorm } from './servicenormen.queries.ts';

/** Published (to no socket) when a beheerder changes a norm, so every node forgets its copy. */
export const SERVICENORMEN_GEWIJZIGD = 'servicenormen.gewijzigd';

/** The norms in force: each channel's own, and the default for a channel without one. */
export class Servicenormen {
  readonly #perKanaal: ReadonlyMap<string, Servicenorm>;
  constructor(readonly lijst: readonly Servicenorm[]) {
    this.#perKanaal = new Map(lijst.map((n) => [n.kanaal, n]));
  }

  /** Within how many seconds of working time a citizen waiting on this channel should get an answer. */
  seconden(kanaal: string): number {
    return this.#perKanaal.get(kanaal)?.normSeconden ?? STANDAARD_NORM_SECONDEN;
  }

  /** `{ kanaal: seconds }` of the channels with a norm of their own. */
  perKanaal(): Record<string, number> {
    return Object.fromEntries(this.lijst.map((n) => [n.kanaal, n.normSeconden]));
  }
}

/** The stored norms, read now (no cache): for a one-off report or a command. */
export async function leesHuidigeServicenormen(db: Db): Promise<Servicenormen> {
  return new Servicenormen(await leesServicenormen(db));
}

/**
 * This node's copy of the norms: the inbox reads them on every refresh, so they come from memory,
 * read once and again after a change. A change on any node publishes SERVICENORMEN_GEWIJZIGD in
 * its transaction; every node (this one included) forgets its copy when that commits.
 */
export class ServicenormenCache {
  #huidig: Promise<Servicenormen> | undefined;
  readonly #afmelden: () => void;

  constructor(
    private readonly db: Db,
    hub: EventHub,
  ) {
    this.#afmelden = hub.subscribe((event) => {
      if (event.type === SERVICENORMEN_GEWIJZIGD) this.#huidig = undefined;
    });
  }

  huidige(): Promise<Servicenormen> {
    if (this.#huidig) return this.#huidig;
    const lezen = leesHuidigeServicenormen(this.db);
    this.#huidig = lezen;
    // A failed read is not kept: the next caller tries again.
    lezen.catch(() => {
      if (this.#huidig === lezen) this.#huidig = undefined;
    });
    return lezen;
  }

  /** Sets a channel's norm; this node sees it at once, the others when the event reaches them. */
  async wijzig(norm: Servicenorm, op: Date): Promise<Servicenorm> {
    const bewaard = await inTransaction(this.db, async (trx) => {
      const rij = await bewaarServicenorm(trx, norm, op);
      await publishEvent(trx, { type: SERVICENORMEN_GEWIJZIGD, data: { kanaal: norm.kanaal }, audience: {} });
      return rij;
    });
    this.#huidig = undefined;
    return bewaard;
  }

  stop(): void {
    this.#afmelden();
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    servicenormen: ServicenormenCache;
  }
}
