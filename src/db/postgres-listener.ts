import pg from 'pg';

export type NotifyListener = (payload: string) => void;

const RETRY_MAX_MS = 30_000;

/**
 * The one connection a node keeps for LISTEN. When it drops (a database restart, a failover) it
 * reconnects with back-off and listens on every channel again; events sent while it was gone are
 * missed, which the periodic jobs (routing, delivery, retries) make up for.
 */
export class PostgresListener {
  readonly #listeners = new Map<string, Set<NotifyListener>>();
  #client: pg.Client | undefined;
  #connecting: Promise<pg.Client> | undefined;
  #closed = false;
  #retry = 0;

  constructor(private readonly connectionString: string) {}

  async listen(channel: string, listener: NotifyListener): Promise<() => Promise<void>> {
    const client = await this.#connection();
    let set = this.#listeners.get(channel);
    if (!set) {
      set = new Set();
      this.#listeners.set(channel, set);
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
    }
    set.add(listener);
    return async () => {
      set.delete(listener);
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  #connection(): Promise<pg.Client> {
    if (this.#client) return Promise.resolve(this.#client);
    this.#connecting ??= this.#connect().finally(() => (this.#connecting = undefined));
    return this.#connecting;
  }

  async #connect(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => {
      for (const listener of this.#listeners.get(message.channel) ?? []) listener(message.payload ?? '');
    });
    const lost = (reason: string) => {
      if (this.#client !== client || this.#closed) return;
      console.warn(`PostgreSQL LISTEN connection lost (${reason}); reconnecting`);
      this.#client = undefined;
      void client.end().catch(() => undefined);
      this.#reconnectLater();
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('closed'));
    await client.connect();
    for (const channel of this.#listeners.keys()) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
    this.#client = client;
    this.#retry = 0;
    return client;
  }

  #reconnectLater(): void {
    const delay = Math.min(RETRY_MAX_MS, 500 * 2 ** this.#retry++);
    setTimeout(() => {
      if (this.#closed || this.#client) return;
      this.#connection().catch(() => this.#reconnectLater());
    }, delay).unref();
  }
}
