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
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL of a real server; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Directory for PGlite's files; absent means in memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

// Bigint counts arrive as strings from pg; Loket's counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// Dates (without time) stay ISO strings: a birth date has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export async function openDatabase(options: DatabaseOptions): Promise<LoketDatabase> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : openPGlite(options.dataDir);
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
    async close() {
      await listener.close();
      await db.destroy();
    },
  };
}

async function openPGlite(dataDir: string | undefined): Promise<LoketDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { pg_trgm },
    parsers: { 1082: (value: string) => value },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    async listen(channel, listener) {
      const unsubscribe = await pglite.listen(channel, listener);
      return async () => unsubscribe();
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}
