import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database, VervolgstapNaam } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import type { Clock } from '../platform/clock.ts';
import type { ProcessedMessage } from './inbound.service.ts';
import type { InboundMessage } from './inbound.types.ts';
import * as q from './vervolgstappen.queries.ts';

/** The follow-ups of every inbound message, in the order they run: the bot answers before the topic is classified. */
export const VERVOLGSTAPPEN: readonly VervolgstapNaam[] = ['bot-beurt', 'classificeren'];

/** One attempt at one follow-up of one processed message. */
export interface Vervolgstap {
  id: string;
  stap: VervolgstapNaam;
  poging: number;
  /** When an earlier attempt that did not finish started (a crash, an error); null on the first attempt. */
  vorigePogingOp: Date | null;
  processed: ProcessedMessage;
}

/** Does one follow-up; throws to have it retried. Must be safe to run again after a crash (see vorigePogingOp). */
export type VervolgstapHandler = (stap: Vervolgstap) => Promise<void>;

export interface VervolgstapOptions {
  /** Called before a step's handler; tests throw here to prove a failed step is kept and retried. */
  voorStap?: (stap: Vervolgstap) => void | Promise<void>;
  /** Called after the handler, before the step is marked done; tests throw here to fail a step that took effect. */
  naStap?: (stap: Vervolgstap) => void | Promise<void>;
  /** false: steps are recorded but not run after commit, as by a node that dies right then (tests). */
  direct?: boolean;
}

/** While an attempt runs no other node starts the step; after a crash it is retried once this has passed. */
const LEASE_MS = 5 * 60_000;
const MAX_POGINGEN = 10;
const NOOIT = new Date('9999-12-31T00:00:00Z');
const BEWAREN_MS = 7 * 24 * 3_600_000;

const backoff = (poging: number) => Math.min(3_600_000, 2_000 * 2 ** (poging - 1));
const foutTekst = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);

/**
 * The pipeline's outbox. `registreer` records a message's follow-ups in the transaction that
 * stores it; `voerUitVoor` runs them right after commit (latency only); `processDue`, run by a
 * job on every node, runs what is due: steps a crashed node left behind and failed ones after
 * their back-off. After MAX_POGINGEN failures a step is parked and listed for a beheerder.
 */
export class Vervolgstappen {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly handlers: Readonly<Record<VervolgstapNaam, VervolgstapHandler>>,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    private readonly options: VervolgstapOptions = {},
  ) {}

  /** Records the follow-ups of a processed message; call inside the transaction that stores it. */
  registreer(trx: Db, processed: Pick<ProcessedMessage, 'inboundId' | 'gesprekId' | 'berichtId'>): Promise<void> {
    return q.insertStappen(
      trx,
      { inkomendBerichtId: processed.inboundId, gesprekId: processed.gesprekId, berichtId: processed.berichtId },
      VERVOLGSTAPPEN,
      this.clock.now(),
    );
  }

  /** Runs the waiting follow-ups of one message now, in order (after its commit, on the node that received it). */
  async voerUitVoor(berichtId: string): Promise<void> {
    if (this.options.direct === false) return;
    try {
      const stappen = await q.stappenVanBericht(this.db, berichtId);
      stappen.sort((a, b) => VERVOLGSTAPPEN.indexOf(a.stap) - VERVOLGSTAPPEN.indexOf(b.stap));
      for (const { id } of stappen) await this.voerUit(id);
    } catch (error) {
      // The message is stored and its steps with it; the job runs them once the database answers again.
      this.log.error({ err: error, berichtId }, 'running the follow-ups after commit failed; the job retries them');
    }
  }

  /** One attempt at a due step; 'overgeslagen' when it is not due or another node has it. */
  async voerUit(id: string): Promise<'klaar' | 'mislukt' | 'overgeslagen'> {
    const nu = this.clock.now();
    const row = await q.claimStap(this.db, id, nu, new Date(nu.getTime() + LEASE_MS));
    if (!row) return 'overgeslagen';
    const stap: Vervolgstap = {
      id: row.id,
      stap: row.stap,
      poging: row.poging,
      vorigePogingOp: row.geclaimd_op ? new Date(row.geclaimd_op) : null,
      processed: {
        inboundId: row.inkomend_bericht_id,
        gesprekId: row.gesprek_id,
        berichtId: row.bericht_id,
        partijId: row.partij_id,
        klantcontactId: row.klantcontact_id,
        message: row.bericht as InboundMessage,
      },
    };
    try {
      await this.options.voorStap?.(stap);
      await this.handlers[stap.stap](stap);
      await this.options.naStap?.(stap);
    } catch (error) {
      const geparkeerd = stap.poging >= MAX_POGINGEN;
      const eind = this.clock.now();
      await q.markStap(this.db, id, stap.poging, {
        status: geparkeerd ? 'mislukt' : 'wachtend',
        fout: foutTekst(error),
        volgende: geparkeerd ? NOOIT : new Date(eind.getTime() + backoff(stap.poging)),
        nu: eind,
      });
      const details = { err: error, vervolgstapId: id, stap: stap.stap, gesprekId: stap.processed.gesprekId, poging: stap.poging };
      if (geparkeerd) this.log.error(details, 'follow-up step failed too often; parked for a beheerder');
      else this.log.warn(details, 'follow-up step failed; it is retried');
      return 'mislukt';
    }
    await q.markStap(this.db, id, stap.poging, { status: 'klaar', fout: null, volgende: nu, nu: this.clock.now() });
    return 'klaar';
  }

  /** Runs what is due, and drops steps done more than a week ago. */
  async processDue(limit = 50): Promise<number> {
    const nu = this.clock.now();
    let klaar = 0;
    for (const { id } of await q.dueStappen(this.db, nu, limit)) if ((await this.voerUit(id)) === 'klaar') klaar++;
    await q.purgeKlaar(this.db, new Date(nu.getTime() - BEWAREN_MS));
    return klaar;
  }

  listMislukt(limit = 100) {
    return q.failedStappen(this.db, limit);
  }

  retryNow(id: string) {
    return q.retryStapNow(this.db, id, this.clock.now());
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    vervolgstappen: Vervolgstappen;
  }
}
