import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type LoketDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 * The same suite thus runs on both engines.
 */
export async function createTestDatabase(serverUrl = process.env.TEST_DATABASE_URL): Promise<LoketDatabase> {
  if (!serverUrl) {
    const database = await openDatabase({});
    await migrate(database.db);
    return database;
  }
  const name = `loket_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrate(database.db);
  urls.set(database.db, url.toString());
  return {
    ...database,
    async close() {
      await database.close();
      await connectionsGone(serverUrl, name);
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

const urls = new WeakMap<object, string>();

/**
 * A second node's view of the same database: a separate connection pool on PostgreSQL. PGlite
 * lives inside one process, so there the "second node" shares the instance.
 */
export async function openSecondNode(database: LoketDatabase): Promise<LoketDatabase> {
  const url = urls.get(database.db);
  if (!url) return { ...database, close: async () => undefined };
  return openDatabase({ databaseUrl: url, poolSize: 3 });
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// pg-pool's end() resolves before its clients have closed; a forced drop would kill them mid-close.
async function connectionsGone(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
      if (rows[0]!.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}
