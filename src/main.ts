import { buildApp } from './app.ts';
import { deleteExpiredSessions } from './auth/sessions.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { warmSchemaCompilers } from './platform/schema-compilers.ts';
import { firstStart } from './setup/first-start.ts';
import { firstStartReport } from './setup/first-start-report.ts';

const SESSION_CLEANUP_MS = 15 * 60_000;

function readConfig(): Readonly<Config> {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
const { applied } = await migrate(database.db);
const app = await buildApp({ database, config });
if (applied.length > 0) app.log.info({ applied }, 'database migrated');

const created = await firstStart(database.db, { adminPassword: config.adminPassword, demo: config.demoData, now: app.clock.now() });
if (created) {
  if (created.demo) app.log.info({ contacten: created.demo.contacten, ms: created.demo.timings }, 'demo municipality loaded');
  if (created.demoError) app.log.error({ err: created.demoError }, 'loading the demo municipality failed');
  console.log(firstStartReport(created, config.publicUrl));
}

const cleanup = setInterval(
  () =>
    void deleteExpiredSessions(database.db, app.clock.now()).catch((error: unknown) =>
      app.log.warn({ err: error }, 'session cleanup failed'),
    ),
  SESSION_CLEANUP_MS,
);
cleanup.unref();

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  clearInterval(cleanup);
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.port, host: config.host });
// Route schemas compile on first use; compile the rest now, between requests, so no caller waits on one.
void warmSchemaCompilers().catch((error: unknown) => app.log.error({ err: error }, 'compiling the route schemas failed'));
app.log.info(
  `Loket draait op ${config.publicUrl} (database: ${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'})`,
);
