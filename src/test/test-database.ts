import { randomBytes } from 'node:crypto';
import { openDatabase, type LoketDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { connectionsGone, postgresTemplateExists, postgresTemplateName, readPGliteTemplate, withAdmin } from './test-template.ts';

export interface TestDatabaseOptions {
  /** Run the migrations on an empty database even when a migrated template exists. */
  migrateFromScratch?: boolean;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 * The same suite thus runs on both engines. It is a copy of the run's migrated template when the
 * vitest global set-up made one (test-template.ts), else migrated here.
 */
export async function createTestDatabase(
  serverUrl = process.env.TEST_DATABASE_URL,
  { migrateFromScratch = false }: TestDatabaseOptions = {},
): Promise<LoketDatabase> {
  if (!serverUrl) {
    const template = migrateFromScratch ? undefined : readPGliteTemplate();
    const database = await openDatabase({ loadDataDir: template });
    if (!template) await migrate(database.db);
    return database;
  }
  const name = `loket_test_${randomBytes(6).toString('hex')}`;
  const template = migrateFromScratch ? undefined : postgresTemplateName();
  const fromTemplate = template !== undefined && (await postgresTemplateExists(serverUrl, template));
  await withAdmin(serverUrl, (client) =>
    client.query(fromTemplate ? `create database ${name} template ${template}` : `create database ${name}`),
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  if (!fromTemplate) await migrate(database.db);
  urls.set(database.db, url.toString());
  return {
    ...database,
    async close() {
      await database.close();
      await withAdmin(serverUrl, async (client) => {
        await connectionsGone(client, name);
        await client.query(`drop database if exists ${name} with (force)`);
      });
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
