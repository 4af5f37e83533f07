import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { EventHub, LoketEvent } from '../../platform/realtime/event-bus.ts';
import { alertNewHits } from './alerts.ts';
import { analyseGesprek } from './analyse.service.ts';

export { ALERT_ONTHULLING, ALERT_ZIN } from './alerts.ts';

/**
 * Live analysis. Every node hears every 'telefoon.transcript' event (a batch of a call's
 * segments, published when it commits) and every gesprek closing; each node then tries to claim
 * the gesprek's analysis row (see lockAnalyse), so whichever node gets there first analyses the
 * new segments and raises the alerts, and the others find nothing new. Work for one gesprek on
 * one node runs one at a time: events that arrive meanwhile fold into one more run.
 */
export class LiveAnalyse {
  readonly #running = new Map<string, { again: boolean; done: Promise<void> }>();
  #unsubscribe: (() => void) | undefined;
  /** Runs on this node, and those that found something new to analyse (for metrics and tests). */
  readonly stats = { runs: 0, analysed: 0 };

  constructor(
    private readonly db: Db,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(hub: EventHub): void {
    this.#unsubscribe = hub.subscribe((event) => this.#onEvent(event));
  }

  #onEvent(event: LoketEvent): void {
    const gesprekId = typeof event.data.gesprekId === 'string' ? event.data.gesprekId : null;
    if (!gesprekId) return;
    // A closed chat (or call) gets its final analysis.
    if (event.type === 'telefoon.transcript' || (event.type === 'gesprek.status' && event.data.status === 'afgehandeld'))
      this.schedule(gesprekId);
  }

  schedule(gesprekId: string): void {
    const running = this.#running.get(gesprekId);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: false, done: Promise.resolve() };
    this.#running.set(gesprekId, state);
    state.done = (async () => {
      do {
        state.again = false;
        this.stats.runs++;
        try {
          await inTransaction(this.db, async (trx) => {
            const result = await analyseGesprek(trx, gesprekId);
            if (result) this.stats.analysed++;
            await alertNewHits(trx, result);
          });
        } catch (error) {
          this.log.error({ err: error, gesprekId }, 'live analysis failed');
        }
      } while (state.again);
      this.#running.delete(gesprekId);
    })();
  }

  /** Stops listening and waits for the runs in progress (before the database closes). */
  async stop(): Promise<void> {
    this.#unsubscribe?.();
    await Promise.all([...this.#running.values()].map((r) => r.done));
  }
}
