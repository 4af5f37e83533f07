import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { createApiToken } from '../src/auth/api-tokens.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type LoketDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { createTestDatabase } from '../src/test/test-database.ts';
import type { App } from '../src/platform/http.ts';
import { percentile } from './bench-databases.ts';
import { StatementCounter } from './statement-counter.ts';

/**
 * Proactive service under load: a container event → the rule's message handed to the e-mail
 * adapter (p50/p95/p99 at a steady rate), and a burst processed with none lost or doubled, on
 * PGlite and on PostgreSQL with two nodes sharing the database. Nothing here drives the work:
 * the nodes' own jobs do, kicked when an event is stored (on the other node through NOTIFY), with
 * their polls set to a minute so a figure never rests on them. The sender's rate is set here
 * (BENCH_EVENTS_PER_S, BENCH_SECONDS, BENCH_BURST; BENCH_DB=pglite or postgres runs one). The
 * baseline, measured first in the same run at the same rate, is the same POST with no rule
 * matching: storing an event and answering 202. The statements each event costs are counted.
 */
const RATE = Number(process.env.BENCH_EVENTS_PER_S ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const BURST = Number(process.env.BENCH_BURST ?? 10_000);
const ONLY = process.env.BENCH_DB;
const POLL_MS = 60_000;
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Node {
  app: App;
  database: LoketDatabase;
  counter: StatementCounter;
}

async function twoNodesOnPostgres(): Promise<Node[] | undefined> {
  const admin = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    console.log('(PostgreSQL not reachable: skipped)');
    return undefined;
  }
  const name = `loket_bench_${randomBytes(5).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const nodes: Node[] = [];
  for (let i = 0; i < 2; i++) {
    // A node's pool as main.ts opens it (the default of 10): the event workers share it with the requests.
    const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 10 });
    await migrate(database.db);
    nodes.push(await node(database, i));
  }
  return nodes;
}

const sent = new Map<string, number>();
let doubles = 0;
/** Messages handed to each node's adapter, by node number. */
const perNode: number[] = [];

async function node(database: LoketDatabase, nummer: number): Promise<Node> {
  const counter = new StatementCounter();
  const config = loadConfig({
    LOKET_DEMO: 'false',
    LOG_LEVEL: 'silent',
    // /api/events's rate limit per source and node (issue 14), set so this sender's rate and burst fit.
    GEBEURTENISSEN_LIMIET_PER_MINUUT: String(RATE * 60),
    GEBEURTENISSEN_PIEK: String(Math.max(BURST, RATE * 2)),
  });
  const app = await buildApp({
    database: counter.wrap(database),
    config,
    logger: false,
    backgroundJobs: true,
    jobIntervals: { gebeurtenissen: POLL_MS, bezorging: POLL_MS },
  });
  // The channel adapter: records when each message is handed to it (the event id is in the text).
  app.outbound.register('email', {
    send: async (m) => {
      const id = /\[(\S+)\]/.exec(m.inhoud)?.[1] ?? '';
      if (sent.has(id)) doubles++;
      else sent.set(id, performance.now());
      perNode[nummer] = (perNode[nummer] ?? 0) + 1;
      return { kanaalBerichtId: `bench-${m.berichtId}` };
    },
  });
  await app.ready();
  return { app, database, counter };
}

async function setup(n: Node): Promise<string> {
  const db = n.database.db;
  const { key } = await createApiToken(db, 'bench-sensoren', 'gebeurtenisbron');
  const partij = await db
    .insertInto('partij')
    .values({ soort_partij: 'persoon', indicatie_actief: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('digitaal_adres')
    .values({ partij_id: partij.id, soort_digitaal_adres: 'email', adres: 'inwoner@example.nl', is_standaard_adres: true })
    .execute();
  await db
    .insertInto('attendering')
    .values({ partij_id: partij.id, berichtsoort: 'afval', soort: 'object', waarde: 'GFT-1', aangemaakt_op: new Date() })
    .execute();
  await db
    .insertInto('gebeurtenis_regel')
    .values({
      naam: 'Container geleegd',
      actief: true,
      match: JSON.stringify({ bron: 'cloudevent', type: 'bench.container' }),
      acties: JSON.stringify([
        {
          soort: 'bericht',
          berichtsoort: 'afval',
          doelgroep: { soort: 'object', waarde: '{{data.containerId}}' },
          onderwerp: 'Container',
          tekst: 'Geleegd [{{id}}]',
        },
      ]),
    })
    .execute();
  return `Token ${key}`;
}

const post = (app: App, auth: string, id: string, type: string) =>
  app.inject({
    method: 'POST',
    url: '/api/events',
    headers: { authorization: auth, 'content-type': 'application/cloudevents+json' },
    payload: JSON.stringify({ specversion: '1.0', id, source: 'urn:bench', type, data: { containerId: 'GFT-1' } }),
  });

/** Sends RATE events a second for SECONDS, spread over the nodes; answers the POST's latencies and the ids. */
async function send(nodes: Node[], auth: string, prefix: string, type: string) {
  const posted = new Map<string, number>();
  const answered: number[] = [];
  const pending: Promise<unknown>[] = [];
  const total = RATE * SECONDS;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const id = `${prefix}-${i}`;
    const t0 = performance.now();
    posted.set(id, t0);
    // Not awaited: a slow answer must not lower the rate the events are sent at.
    pending.push(post(nodes[i % nodes.length]!.app, auth, id, type).then(() => answered.push(performance.now() - t0)));
  }
  const sending = (performance.now() - start) / 1000;
  await Promise.all(pending);
  return { posted, answered: answered.sort((a, b) => a - b), sending };
}

const ms = (xs: number[], digits: number) => [50, 95, 99].map((p) => `p${p} ${percentile(xs, p).toFixed(digits)}`).join(', ');

async function steady(nodes: Node[], auth: string, label: string): Promise<void> {
  // The baseline first, alone, so the rule's events below arrive at RATE and not at twice it.
  const baseline = await send(nodes, auth, `${label}-b`, 'bench.geen-regel');
  console.log(
    `  baseline, ${RATE}/s for ${SECONDS}s with no rule matching (sent in ${baseline.sending.toFixed(1)} s): store + 202 ${ms(baseline.answered, 1)} ms (load average ${load()})`,
  );
  await sleep(2000);
  const doublesBefore = doubles;
  for (const n of nodes) n.counter.reset();
  const { posted, answered, sending } = await send(nodes, auth, `${label}-s`, 'bench.container');
  const total = posted.size;
  const until = performance.now() + 120_000;
  while ([...posted.keys()].some((id) => !sent.has(id)) && performance.now() < until) await sleep(50);
  const lat = [...posted]
    .filter(([id]) => sent.has(id))
    .map(([id, t]) => sent.get(id)! - t)
    .sort((a, b) => a - b);
  console.log(
    `  ${RATE}/s for ${SECONDS}s (sent in ${sending.toFixed(1)} s): ${lat.length}/${total} handed to the adapter, lost ${total - lat.length}, doubled ${doubles - doublesBefore}; event → adapter ${ms(lat, 0)} ms; POST answered ${ms(answered, 1)} ms (load average ${load()})`,
  );
  // Every node's statements, per event: receiving, processing and delivering it.
  const counter = new StatementCounter();
  for (const n of nodes) {
    counter.statements += n.counter.statements;
    counter.transactions += n.counter.transactions;
    for (const [kind, count] of n.counter.byKind) counter.byKind.set(kind, (counter.byKind.get(kind) ?? 0) + count);
  }
  console.log(`  per event: ${counter.summary(total)}`);
}

async function burst(nodes: Node[], auth: string, label: string): Promise<void> {
  const doublesBefore = doubles;
  perNode.length = 0;
  const ids = Array.from({ length: BURST }, (_, i) => `${label}-burst-${i}`);
  const start = performance.now();
  // All to the first node: the others hear of the work only through NOTIFY.
  for (let i = 0; i < ids.length; i += 50)
    await Promise.all(ids.slice(i, i + 50).map((id) => post(nodes[0]!.app, auth, id, 'bench.container')));
  const accepted = performance.now() - start;
  // The nodes' jobs were kicked as the events came in; this only waits (at most 30 minutes).
  while (ids.some((id) => !sent.has(id)) && performance.now() - start < 30 * 60_000) await sleep(100);
  const done = performance.now() - start;
  const db = nodes[0]!.database.db;
  const berichten = await db
    .selectFrom('proactief_bericht')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const lost = ids.filter((id) => !sent.has(id)).length;
  console.log(
    `  burst of ${BURST}: accepted in ${(accepted / 1000).toFixed(1)} s, processed and handed over in ${(done / 1000).toFixed(1)} s; lost ${lost}, doubled ${doubles - doublesBefore}, proactief_bericht rows ${Number(berichten.n)}, handed over per node ${nodes.map((_, i) => perNode[i] ?? 0).join(' / ')} (load average ${load()})`,
  );
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

export async function run(): Promise<void> {
  console.log(`\ngebeurtenissen: event → message handed to the channel adapter (load average ${load()})`);
  const runs: [string, Node[]][] = [];
  if (ONLY !== 'postgres') {
    const pglite = await createTestDatabase('');
    runs.push(['PGlite, one node', [await node(pglite, 0)]]);
  }
  const pgNodes = ONLY === 'pglite' ? undefined : await twoNodesOnPostgres();
  if (pgNodes) runs.push(['PostgreSQL, two nodes', pgNodes]);
  for (const [label, nodes] of runs) {
    console.log(`${label}:`);
    const auth = await setup(nodes[0]!);
    await steady(nodes, auth, label.slice(0, 2));
    await burst(nodes, auth, label.slice(0, 2));
    for (const n of nodes) await n.app.close();
    for (const n of nodes) await n.database.close();
  }
  console.log(`(load average after: ${load()})`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
