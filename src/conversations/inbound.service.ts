import type { Db } from '../db/transaction.ts';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { BotModus, Database } from '../db/schema.ts';
import { cleanInput, cleanText } from '../platform/clean-input.ts';
import { systemContext } from '../platform/system-context.ts';
import * as q from './inbound.queries.ts';
import { STEPS, type PipelineState, type StepName } from './inbound-steps.ts';
import type { InboundMessage } from './inbound.types.ts';

export interface PipelineOptions {
  /** Called before each step; tests throw here to prove a failed message is kept and retried. */
  beforeStep?: (step: StepName, message: InboundMessage) => void | Promise<void>;
  /** Whether the bot answers a gesprek the pipeline opens first ('actief') or not ('uit'). */
  newGesprekBotModus?: (message: InboundMessage) => Promise<BotModus>;
  /** Called after a message was processed and its follow-ups had their first run (wakes routing). */
  afterProcessed?: (result: ProcessedMessage) => void | Promise<void>;
  /** The outbox of follow-ups (bot turn, classification): recorded with the message, run after commit. */
  followUps?: PipelineFollowUps;
}

/** What the pipeline needs of the follow-up outbox (conversations/vervolgstappen.service.ts). */
export interface PipelineFollowUps {
  /** Records the message's follow-ups in the transaction that stores it. */
  registreer(trx: Db, processed: { inboundId: string; gesprekId: string; berichtId: string }): Promise<void>;
  /** Runs them right after commit; what fails or is left by a crash, the outbox's job retries. */
  voerUitVoor(berichtId: string): Promise<void>;
}

export interface ProcessedMessage {
  inboundId: string;
  gesprekId: string;
  berichtId: string;
  partijId: string | null;
  klantcontactId: string | null;
  message: InboundMessage;
}

const ctx = () => systemContext('Verwerken van inkomende berichten');

/** At most this many waiting messages share one transaction (group commit). */
const MAX_BATCH = 32;

interface Waiting {
  message: InboundMessage;
  raw: string | undefined;
  resolve: (result: Received) => void;
  reject: (error: unknown) => void;
}

type Received = { id: string; duplicate: boolean; processed: ProcessedMessage | undefined };

/**
 * The one ingest pipeline for every channel. `receive` stores the message durably before
 * anything else (idempotent on the channel's message id); processing runs the steps in a
 * transaction, so a failure leaves nothing half done and the stored message is retried.
 *
 * Group commit: messages that arrive while a batch is being written wait, and then share one
 * INSERT and one transaction (up to MAX_BATCH). Idle, a message is its own batch and waits for
 * nothing. In a batch each message runs under its own savepoint: one that fails is rolled back
 * alone and kept for retry; the others commit.
 */
export class InboundPipeline {
  readonly #queue: Waiting[] = [];
  #draining = false;
  /** Follow-ups run in arrival order, after their batch committed, while the next batch is written. */
  #followUps: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: PipelineOptions = {},
  ) {}

  receive(message: InboundMessage, raw?: string): Promise<Received> {
    // Every channel's text enters here; webhooks reach it after their signature was checked on the raw bytes.
    return new Promise((resolve, reject) => {
      this.#queue.push({ message: cleanInput(message), raw: raw === undefined ? undefined : cleanText(raw), resolve, reject });
      if (!this.#draining) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, MAX_BATCH);
        // A promise settles once: this only reaches those the batch did not answer (the database went away).
        await this.#receiveBatch(batch).catch((error: unknown) => batch.forEach((waiting) => waiting.reject(error)));
      }
    } finally {
      this.#draining = false;
    }
  }

  async #receiveBatch(batch: Waiting[]): Promise<void> {
    const stored = await this.#store(batch);
    const fresh = batch.flatMap((waiting, i) => {
      const row = stored[i]!;
      if (row instanceof Error) waiting.reject(row);
      else if (row.duplicate) waiting.resolve({ ...row, processed: undefined });
      else return [{ id: row.id, message: waiting.message, waiting }];
      return [];
    });
    if (fresh.length === 0) return;
    const processed = await this.#processStored(fresh);
    const work = this.#followUps.then(async () => {
      for (const { id, waiting } of fresh) {
        const result = processed.get(id);
        try {
          if (result) await this.#afterCommit(result);
          waiting.resolve({ id, duplicate: false, processed: result });
        } catch (error) {
          waiting.reject(error);
        }
      }
    });
    this.#followUps = work;
  }

  /** Stores a batch in one statement; if that fails, each message alone, so one bad message fails only itself. */
  async #store(batch: Waiting[]): Promise<({ id: string; duplicate: boolean } | Error)[]> {
    try {
      return await q.insertInboundBatch(this.db, batch);
    } catch (error) {
      if (batch.length === 1) return [error instanceof Error ? error : new Error(String(error))];
      const alone: ({ id: string; duplicate: boolean } | Error)[] = [];
      for (const waiting of batch) alone.push(await this.#store([waiting]).then((rows) => rows[0]!));
      return alone;
    }
  }

  async #afterCommit(result: ProcessedMessage): Promise<void> {
    await this.options.followUps?.voerUitVoor(result.berichtId);
    await this.options.afterProcessed?.(result);
  }

  /** Processes one stored message; returns undefined when it failed (kept for retry) or was taken. */
  async process(id: string): Promise<ProcessedMessage | undefined> {
    const pending = await q.pendingMessages(this.db, [id]);
    if (pending.length === 0) return undefined;
    const result = (await this.#processStored([{ id, message: pending[0]!.bericht as InboundMessage }])).get(id);
    if (result) await this.#afterCommit(result);
    return result;
  }

  /**
   * Runs the steps for stored messages in one transaction. What fails is marked failed (kept for
   * retry with back-off); a message another node holds is skipped. Returns what was processed.
   */
  async #processStored(items: { id: string; message: InboundMessage }[]): Promise<Map<string, ProcessedMessage>> {
    const done = new Map<string, ProcessedMessage>();
    const failed = new Map<string, unknown>();
    try {
      // Decided outside the transaction: the hook may query through the app's own connection,
      // which on PGlite is the very one the transaction holds.
      const botModus = new Map<string, BotModus>();
      for (const { id, message } of items) botModus.set(id, (await this.options.newGesprekBotModus?.(message)) ?? 'uit');
      await this.db.transaction().execute(async (trx) => {
        const claimed = await q.claimInbound(
          trx,
          items.map((item) => item.id),
        );
        for (const { id, message } of items.filter((item) => claimed.has(item.id))) {
          if (items.length === 1) {
            done.set(id, await this.#steps(trx, id, message, botModus.get(id)!));
            continue;
          }
          await sql`savepoint inkomend`.execute(trx);
          try {
            done.set(id, await this.#steps(trx, id, message, botModus.get(id)!));
          } catch (error) {
            await sql`rollback to savepoint inkomend`.execute(trx);
            failed.set(id, error);
          }
          await sql`release savepoint inkomend`.execute(trx);
        }
        await q.markProcessed(trx, [...done.values()]);
      });
    } catch (error) {
      done.clear();
      for (const { id } of items) failed.set(id, error);
    }
    for (const [id, error] of failed)
      await q.markFailed(this.db, id, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return done;
  }

  async #steps(trx: Transaction<Database>, id: string, message: InboundMessage, newGesprekBotModus: BotModus): Promise<ProcessedMessage> {
    const state: PipelineState = { message, partijId: null, klantcontactId: null, newGesprekBotModus };
    for (const [name, step] of STEPS) {
      await this.options.beforeStep?.(name, message);
      await step(trx, ctx(), state);
    }
    await this.options.followUps?.registreer(trx, { inboundId: id, gesprekId: state.gesprekId!, berichtId: state.berichtId! });
    return {
      inboundId: id,
      gesprekId: state.gesprekId!,
      berichtId: state.berichtId!,
      partijId: state.partijId,
      klantcontactId: state.klantcontactId,
      message,
    };
  }

  /** Retries what is due: failed messages after their back-off, and any left by a crashed node. */
  async processDue(limit = 50): Promise<number> {
    const due = await q.dueInbound(this.db, limit);
    if (due.length === 0) return 0;
    const byId = new Map(
      (
        await q.pendingMessages(
          this.db,
          due.map((row) => row.id),
        )
      ).map((row) => [row.id, row.bericht as InboundMessage]),
    );
    const pending = due.flatMap(({ id }) => (byId.has(id) ? [{ id, message: byId.get(id)! }] : []));
    let processed = 0;
    // In batches like new messages, oldest first; a failing one is retried alone later.
    for (let i = 0; i < pending.length; i += MAX_BATCH) {
      const items = pending.slice(i, i + MAX_BATCH);
      const done = await this.#processStored(items);
      for (const { id } of items) {
        const result = done.get(id);
        if (!result) continue;
        processed++;
        await this.#afterCommit(result);
      }
    }
    return processed;
  }
}

/** Stores a message the channel could not read; it shows in the "niet verwerkt" list with the reason. */
export function storeUnreadableInbound(db: Db, message: InboundMessage, raw: string, error: string) {
  return q.insertUnreadable(db, message, raw, error);
}

export function listFailedInbound(db: Db, limit = 100) {
  return q.failedInbound(db, limit);
}

export function retryInboundNow(db: Db, id: string) {
  return q.retryNow(db, id);
}

/**
 * What became of a stored message (its gesprek, klantcontact and partij once processed), so a
 * channel can answer a repeated delivery with the same outcome as the first.
 */
export function findInboundOutcome(db: Db, id: string) {
  return q.inboundOutcome(db, id);
}

/** How many messages each source sent on a channel (a web form's submissions per form id). */
export function countInboundPerBron(db: Db, kanaal: string) {
  return q.countInboundPerBron(db, kanaal);
}

declare module 'fastify' {
  interface FastifyInstance {
    pipeline: InboundPipeline;
  }
}
