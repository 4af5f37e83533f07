import type { Db } from '../db/transaction.ts';
import type { Kysely } from 'kysely';
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

/**
 * The one ingest pipeline for every channel. `receive` stores the message durably before
 * anything else (idempotent on the channel's message id); `process` runs the steps in one
 * transaction, so a failure leaves nothing half done and the stored message is retried.
 */
export class InboundPipeline {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: PipelineOptions = {},
  ) {}

  async receive(
    message: InboundMessage,
    raw?: string,
  ): Promise<{ id: string; duplicate: boolean; processed: ProcessedMessage | undefined }> {
    // Every channel's text enters here; webhooks reach it after their signature was checked on the raw bytes.
    const stored = await q.insertInbound(this.db, cleanInput(message), raw === undefined ? undefined : cleanText(raw));
    const processed = stored.duplicate ? undefined : await this.process(stored.id);
    return { ...stored, processed };
  }

  /** Processes one stored message; returns undefined when it failed (kept for retry) or was taken. */
  async process(id: string): Promise<ProcessedMessage | undefined> {
    let result: ProcessedMessage | undefined;
    try {
      // Decided outside the transaction: the hook may query through the app's own connection,
      // which on PGlite is the very one the transaction holds.
      const pending = await q.pendingMessage(this.db, id);
      if (!pending) return undefined;
      const newGesprekBotModus = this.options.newGesprekBotModus
        ? await this.options.newGesprekBotModus(pending.bericht as InboundMessage)
        : 'uit';
      result = await this.db.transaction().execute(async (trx) => {
        const row = await q.claimInbound(trx, id);
        if (!row) return undefined;
        const message = row.bericht as InboundMessage;
        const state: PipelineState = { message, partijId: null, klantcontactId: null, newGesprekBotModus };
        for (const [name, step] of STEPS) {
          await this.options.beforeStep?.(name, message);
          await step(trx, ctx(), state);
        }
        await this.options.followUps?.registreer(trx, { inboundId: id, gesprekId: state.gesprekId!, berichtId: state.berichtId! });
        await q.markProcessed(trx, id, state.gesprekId!, state.berichtId!);
        return {
          inboundId: id,
          gesprekId: state.gesprekId!,
          berichtId: state.berichtId!,
          partijId: state.partijId,
          klantcontactId: state.klantcontactId,
          message,
        };
      });
    } catch (error) {
      await q.markFailed(this.db, id, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      return undefined;
    }
    if (result) {
      await this.options.followUps?.voerUitVoor(result.berichtId);
      await this.options.afterProcessed?.(result);
    }
    return result;
  }

  /** Retries what is due: failed messages after their back-off, and any left by a crashed node. */
  async processDue(limit = 50): Promise<number> {
    let processed = 0;
    for (const { id } of await q.dueInbound(this.db, limit)) if (await this.process(id)) processed++;
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
