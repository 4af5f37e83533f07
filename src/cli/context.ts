import { loadConfig } from '../config.ts';
import { openDatabase, type LoketDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

/** Opens the configured database (migrated) for one CLI command and closes it afterwards: the CliContext the registry hands each command. */
export async function withDatabase<T>(work: (database: LoketDatabase) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  try {
    await migrate(database.db);
    return await work(database);
  } finally {
    await database.close();
  }
}
