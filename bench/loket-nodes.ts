/**
 * Real Loket nodes for the socket and long-run benchmarks: a database seeded with agents and
 * chat sessions, then the built server (dist/server/main.mjs, as `npm start` runs it) in its own
 * process per node, so its memory is measured apart from the load client.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { insertActor, insertMedewerker } from '../src/auth/medewerkers.queries.ts';
import { hashPassword, hashToken } from '../src/auth/secrets.ts';
import { openDatabase, type LoketDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import type { Rol } from '../src/platform/roles.ts';
import { buildServer, serverBuildIsCurrent, SERVER_BUNDLE } from '../scripts/build-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
export const AGENT_PASSWORD = 'bench-wachtwoord-lang-genoeg';

export interface Seed {
  agents: string[];
  /** Tokens of chat sessions that already exist (citizens with the widget open). */
  tokens: string[];
}

/** Agents (role kcc, one password hash for all) and chat sessions, written straight into the tables. */
export async function seed(database: LoketDatabase, agents: number, sessions: number, rollen: Rol[] = ['kcc']): Promise<Seed> {
  const { db } = database;
  const hash = await hashPassword(AGENT_PASSWORD);
  const names = Array.from({ length: agents }, (_, i) => `agent${i}`);
  await db.transaction().execute(async (trx) => {
    for (const gebruikersnaam of names) {
      const actorId = await insertActor(trx, gebruikersnaam, 'medewerker', { functie: rollen.join(', ') });
      await insertMedewerker(trx, { actorId, gebruikersnaam, naam: gebruikersnaam, wachtwoordHash: hash, rollen });
    }
  });
  const tokens = Array.from({ length: sessions }, () => randomBytes(24).toString('base64url'));
  for (let i = 0; i < tokens.length; i += 1000) {
    await db
      .insertInto('webchat_sessie')
      .values(tokens.slice(i, i + 1000).map((t) => ({ token_hash: hashToken(t), taal: 'nl' as const })))
      .execute();
  }
  return { agents: names, tokens };
}

export interface Storage {
  env: Record<string, string>;
  open(): Promise<LoketDatabase>;
  remove(): Promise<void>;
}

/** A PGlite data directory in /tmp. */
export function pgliteStorage(): Storage {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    open: () => openDatabase({ dataDir }),
    remove: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A scratch database on the PostgreSQL server, dropped afterwards. */
export async function postgresStorage(serverUrl: string): Promise<Storage> {
  const name = `loket_bench_${randomBytes(5).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ databaseUrl: url.toString(), poolSize: 2 }),
    remove: () => admin(`drop database if exists ${name} with (force)`),
  };
}

/** Migrates and seeds the storage in this process, then closes it again for the nodes. */
export async function prepare(storage: Storage, agents: number, sessions: number, rollen?: Rol[]): Promise<Seed> {
  const database = await storage.open();
  try {
    await migrate(database.db);
    return await seed(database, agents, sessions, rollen);
  } finally {
    await database.close();
  }
}

export interface LoketNode {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the built server on 127.0.0.1:port and waits for /ready. */
export async function startNode(storage: Storage, port: number, extraEnv: Record<string, string> = {}): Promise<LoketNode> {
  if (!serverBuildIsCurrent()) await buildServer();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_NODE_ARGS: Node options for the nodes only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile them.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, SERVER_BUNDLE], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...storage.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      LOKET_DEMO: 'false',
      LOG_LEVEL: 'warn',
      BOT_ACTIEF: 'false',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`node on ${port} exited with ${child.exitCode}: ${stderr}`);
    const response = await fetch(`${base}/ready`).catch(() => undefined);
    if (response?.status === 200) break;
    if (Date.now() - started > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`node on ${port}: not ready after 120 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      if (stderr.trim()) console.log(`  (stderr of node ${port}, last lines: ${stderr.trim().split('\n').slice(-3).join(' | ')})`);
    },
  };
}
