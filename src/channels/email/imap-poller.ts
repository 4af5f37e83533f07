import type { FastifyBaseLogger } from 'fastify';
import { ImapFlow } from 'imapflow';
import type { EmailConfig } from '../../config.ts';
import type { IngestResult } from './email-ingest.ts';

type ImapConfig = NonNullable<EmailConfig['imap']>;

const MAX_BACKOFF_MS = 60_000;

/**
 * Reads a shared mailbox (the municipality's info@ box) into Loket. New mail is noticed through
 * IDLE where the server has it and by polling otherwise; each message is stored before it is
 * marked \Seen or moved (IMAP_MOVE_TO), so a crash in between only means it is read again, and
 * the Message-ID keeps it from being stored twice. The mailbox's flags are the bookmark: after a
 * reconnect the poller simply continues with what is not yet marked.
 */
export class ImapPoller {
  #stopped = false;
  #pending = false;
  #wake: (() => void) | undefined;
  #client: ImapFlow | undefined;
  #loop: Promise<void> | undefined;

  constructor(
    private readonly config: ImapConfig,
    private readonly ingest: (raw: Buffer, ontvangenOp: Date | undefined) => Promise<IngestResult>,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(): void {
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    await this.#client?.logout().catch(() => this.#client?.close());
    await this.#loop;
  }

  async #run(): Promise<void> {
    let backoff = 1_000;
    while (!this.#stopped) {
      try {
        await this.#session(() => (backoff = 1_000));
      } catch (error) {
        if (this.#stopped) break;
        this.log.warn({ err: error, retryInMs: backoff }, 'e-mail: IMAP-verbinding mislukt, opnieuw verbinden');
        this.#pending = false;
        await this.#sleep(backoff);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
    }
  }

  async #session(connected: () => void): Promise<void> {
    const url = new URL(this.config.url);
    const secure = url.protocol === 'imaps:';
    const client = new ImapFlow({
      host: url.hostname,
      port: Number(url.port) || (secure ? 993 : 143),
      secure,
      auth: { user: this.config.user, pass: this.config.password },
      logger: false,
      // IDLE soon after each round; without IDLE support imapflow polls with NOOP at this interval.
      autoIdleDelay: 1_000,
      maxIdleTime: this.config.pollSeconds * 1_000,
    });
    this.#client = client;
    client.on('error', (error: Error) => this.log.warn({ err: error }, 'e-mail: IMAP-fout'));
    client.on('exists', () => this.#notify());
    const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
    try {
      await client.connect();
      await client.mailboxOpen(this.config.mailbox);
      if (this.config.moveTo) await client.mailboxCreate(this.config.moveTo).catch(() => undefined); // exists already
      connected();
      this.log.info({ mailbox: this.config.mailbox, idle: client.capabilities.has('IDLE') }, 'e-mail: IMAP-postbus geopend');
      while (!this.#stopped && client.usable) {
        await this.#drain(client);
        await Promise.race([this.#sleep(this.config.pollSeconds * 1_000), closed]);
      }
    } finally {
      if (client.usable && !this.#stopped) await client.logout().catch(() => undefined);
      client.close();
    }
    if (!this.#stopped) throw new Error('IMAP-verbinding verbroken');
  }

  /** Everything not yet handled: unseen mail, or with IMAP_MOVE_TO whatever is still in the box. */
  async #drain(client: ImapFlow): Promise<void> {
    this.#pending = false;
    const uids = (await client.search(this.config.moveTo ? { all: true } : { seen: false }, { uid: true })) || [];
    for (const uid of uids) {
      if (this.#stopped) return;
      const message = await client.fetchOne(String(uid), { source: true, internalDate: true }, { uid: true });
      if (!message || !message.source) continue;
      // A failure to store (database away) throws: the message stays unmarked for the next round.
      const result = await this.ingest(message.source, message.internalDate ? new Date(message.internalDate) : undefined);
      if (this.config.moveTo) await client.messageMove(String(uid), this.config.moveTo, { uid: true });
      else await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
      this.log.debug({ uid, uitkomst: result.uitkomst }, 'e-mail via IMAP verwerkt');
    }
  }

  #notify(): void {
    this.#pending = true;
    this.#wake?.();
  }

  #sleep(ms: number): Promise<void> {
    if (this.#pending || this.#stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#wake = done;
    });
  }
}
