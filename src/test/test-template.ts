import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../db/database.ts';
import { migrate, migrationNames } from '../db/migrate.ts';
import { fromRoot } from '../db/paden.ts';

/*
 * One migrated database per test run, copied for every test file instead of migrating each time:
 * a dump of PGlite's data folder, or a template database on the PostgreSQL server. The vitest
 * global set-up (global-setup.ts) prepares it; createTestDatabase() uses it when present.
 */

/** Names the PostgreSQL template, so a changed migration never meets a stale one. */
export function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const name of migrationNames()) {
    hash.update(name);
    hash.update(readFileSync(fromRoot('src', 'db', 'migrations', name)));
  }
  return hash.digest('hex').slice(0, 16);
}

export function postgresTemplateName(hash = migrationsHash()): string {
  return `loket_template_${hash}`;
}

/** Set by the global set-up for the test processes it starts: where this run's PGlite dump is. */
const PGLITE_TEMPLATE_ENV = 'LOKET_TEST_PGLITE_TEMPLATE';

/** This run's dump of a migrated PGlite, or undefined when no global set-up made one. */
export function readPGliteTemplate(): Blob | undefined {
  const path = process.env[PGLITE_TEMPLATE_ENV];
  return path && existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}

/**
 * Made afresh for every run rather than cached: PGlite runs on the test process's clock, which
 * scripts/any-day.sh fakes differently per run, and rows the migrations seed carry that time.
 * Resolves to a clean-up for the end of the run.
 */
export async function preparePGliteTemplate(): Promise<() => void> {
  const folder = mkdtempSync(join(tmpdir(), 'loket-test-template-'));
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  const path = join(folder, 'pglite.tar.gz');
  const database = await openDatabase({});
  try {
    await migrate(database.db);
    writeFileSync(path, Buffer.from(await (await database.dumpDataDir!()).arrayBuffer()));
  } catch (error) {
    removeFolder();
    throw error;
  } finally {
    await database.close();
  }
  // The test processes start after the global set-up, with its environment.
  process.env[PGLITE_TEMPLATE_ENV] = path;
  return () => {
    delete process.env[PGLITE_TEMPLATE_ENV];
    removeFolder();
  };
}

// Any constant works; it only has to be the same for every test run on the server.
const TEMPLATE_LOCK_KEY = 7_460_302;

/** Whether the server has a finished template (it only gets its final name once migrated). */
export async function postgresTemplateExists(serverUrl: string, name = postgresTemplateName()): Promise<boolean> {
  return withAdmin(serverUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    return rowCount === 1;
  });
}

/**
 * Creates the template under a temporary name, migrates it and renames it, all under an advisory
 * lock: parallel runs wait for each other, and a template's final name always means "complete".
 */
export async function preparePostgresTemplate(serverUrl: string): Promise<void> {
  const name = postgresTemplateName();
  await withAdmin(serverUrl, async (client) => {
    await client.query('select pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (rowCount === 1) return;
      // Only a builder holds the lock, so a half-built template now is one whose run crashed.
      const { rows: leftovers } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [
        `${name}\\_%`,
      ]);
      for (const { datname } of leftovers) await client.query(`drop database if exists ${datname} with (force)`);
      const building = `${name}_${randomBytes(4).toString('hex')}`;
      await client.query(`create database ${building}`);
      try {
        const url = new URL(serverUrl);
        url.pathname = `/${building}`;
        const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
        try {
          await migrate(database.db);
        } finally {
          await database.close();
        }
        await connectionsGone(client, building);
        // No one may connect to a template: CREATE DATABASE ... TEMPLATE fails while anyone is.
        await client.query(`alter database ${building} with allow_connections false`);
        await client.query(`alter database ${building} rename to ${name}`);
        await client.query(`alter database ${name} with is_template true`);
      } catch (error) {
        await client.query(`drop database if exists ${building} with (force)`);
        throw error;
      }
    } finally {
      await client.query('select pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
}

export async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// pg-pool's end() resolves before its clients have closed; a forced drop would kill them mid-close.
export async function connectionsGone(client: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
    if (rows[0]!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
