import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import { PostgresListener, type NotifyListener } from './postgres-listener.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** A notification callback for PostgreSQL LISTEN/NOTIFY, the cross-node event bus. */
export type { NotifyListener };

export interface LoketDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Subscribe to a NOTIFY channel; resolves to an unsubscribe function. */
  listen(channel: string, listener: NotifyListener): Promise<() => Promise<void>>;
  /**
   * NOTIFY outside a transaction: pg_notify on PostgreSQL; on PGlite, which one process alone
   * opens, straight to this process's listeners, with no statement.
   */
  notify(channel: string, payload: string): Promise<void>;
  /** PGlite only: its data folder as a tar, to open copies with `loadDataDir` (tests' template). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL of a real server; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Directory for PGlite's files; absent means in memory (tests). */
  dataDir?: string | undefined;
  /** PGlite only: start from this dump of a data folder (see dumpDataDir) instead of an empty one. */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
}

// Bigint counts arrive as strings from pg; Loket's counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// Dates (without time) stay ISO strings: a birth date has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export async function openDatabase(options: DatabaseOptions): Promise<LoketDatabase> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : openPGlite(options.dataDir, options.loadDataDir);
}

async function openPostgres(connectionString: string, max: number): Promise<LoketDatabase> {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection that drops (a database restart, a failover) must not crash the process:
  // the pool replaces it on the next query.
  pool.on('error', (error) => console.warn(`PostgreSQL connection lost: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listener = new PostgresListener(connectionString);

  return {
    db,
    kind: 'postgres',
    listen: (channel, onNotify) => listener.listen(channel, onNotify),
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      await listener.close();
      await db.destroy();
    },
  };
}

async function openPGlite(dataDir: string | undefined, loadDataDir: Blob | undefined): Promise<LoketDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { pg_trgm },
    parsers: { 1082: (value: string) => value },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  // Listeners of this instance by channel, for notify(): SQL NOTIFYs still reach them through pglite.listen.
  const inProcess = new Map<string, Set<NotifyListener>>();
  return {
    db,
    kind: 'pglite',
    async listen(channel, listener) {
      const unsubscribe = await pglite.listen(channel, listener);
      // A wrapper of its own, so the same function subscribed twice is two subscriptions.
      const subscription: NotifyListener = (payload) => listener(payload);
      const here = inProcess.get(channel) ?? new Set<NotifyListener>();
      inProcess.set(channel, here.add(subscription));
      return async () => {
        here.delete(subscription);
        await unsubscribe();
      };
    },
    async notify(channel, payload) {
      for (const listener of inProcess.get(channel) ?? []) queueMicrotask(() => listener(payload));
    },
    // Gzipped: an eighth of the size, and measured to load faster than the plain tar.
    dumpDataDir: () => pglite.dumpDataDir('gzip'),
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
