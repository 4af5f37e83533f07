import pg from 'pg';
import type { LoketDatabase } from '../src/db/database.ts';
import { createTestDatabase } from '../src/test/test-database.ts';

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The databases a benchmark runs on: embedded PGlite always, and a scratch database on the
 * PostgreSQL server of BENCH_DATABASE_URL / TEST_DATABASE_URL (or the local one) when reachable.
 */
export async function benchDatabases(): Promise<{ name: string; open: () => Promise<LoketDatabase> }[]> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? DEFAULT_SERVER;
  const list = [{ name: 'PGlite', open: () => createTestDatabase('') }];
  if (await reachable(server)) list.push({ name: 'PostgreSQL', open: () => createTestDatabase(server) });
  else console.log(`(PostgreSQL at ${server.replace(/\/\/[^@]*@/, '//…@')} not reachable: skipped)`);
  return list;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function formatRate(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString('nl-NL')}/s`;
}
