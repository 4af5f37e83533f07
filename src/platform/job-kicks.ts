import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { LoketDatabase } from '../db/database.ts';
import type { Job } from './jobs.ts';

/** The NOTIFY channel on which nodes ask each other to run a job now; the payload is `<node>:<job name>`. */
export const JOBS_CHANNEL = 'loket_jobs';

/**
 * Kicks a job on every node sharing the database: this node's at once, the others' through
 * NOTIFY, so work stored on one node (an event, a message to send) is started by all of them
 * without waiting for their poll. The poll stays as the safety net for a notification that got
 * lost (a LISTEN connection that was down). Notifications coalesce per job: kicks made while one
 * is on its way send a single one after it, so a burst costs a few, not one per item.
 */
export class JobKicks {
  readonly #node = randomUUID();
  readonly #jobs = new Map<string, Job>();
  /** Jobs with a notification on its way; true when another kick came meanwhile. */
  readonly #sending = new Map<string, boolean>();
  readonly #inFlight = new Set<Promise<void>>();
  #unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly database: LoketDatabase,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Makes the job kickable from other nodes; returns the kick to call when work for it was stored. */
  add(job: Job): () => void {
    this.#jobs.set(job.name, job);
    return () => this.kick(job.name);
  }

  kick(name: string): void {
    this.#jobs.get(name)?.kick();
    if (this.#sending.has(name)) {
      this.#sending.set(name, true);
      return;
    }
    this.#sending.set(name, false);
    const sent = this.#notify(name);
    this.#inFlight.add(sent);
    void sent.finally(() => this.#inFlight.delete(sent));
  }

  async start(): Promise<void> {
    this.#unlisten = await this.database.listen(JOBS_CHANNEL, (payload) => {
      const at = payload.indexOf(':');
      // Our own notification comes back too; this node's job was kicked when it was sent.
      if (at < 0 || payload.slice(0, at) === this.#node) return;
      this.#jobs.get(payload.slice(at + 1))?.kick();
    });
  }

  /** Stops listening and waits for the notifications on their way, so the database can close after. */
  async stop(): Promise<void> {
    await Promise.all(this.#inFlight);
    await this.#unlisten?.();
    this.#unlisten = undefined;
  }

  async #notify(name: string): Promise<void> {
    try {
      do {
        this.#sending.set(name, false);
        await this.database.notify(JOBS_CHANNEL, `${this.#node}:${name}`);
      } while (this.#sending.get(name));
    } catch (error) {
      // The other nodes' poll picks the work up; nothing is lost but time.
      this.log.warn({ err: error, job: name }, 'could not kick the job on the other nodes');
    } finally {
      this.#sending.delete(name);
    }
  }
}
