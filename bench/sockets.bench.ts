/**
 * Widget sockets at municipal scale (issue 22, target 3), measured from outside against the built
 * server in its own process:
 * - one node on PGlite: BENCH_SOCKETS (10,000) citizens with the widget open, of whom
 *   BENCH_CHATTING (1,000) send a message every 30 s, BENCH_AGENTS (350) agents logged in through
 *   the API with their desktop socket, and every 20 s a burst of BENCH_BURST (100) new chats that
 *   start in the same second. Figures: server RSS, message → agent latency (at the agent socket),
 *   first-message acknowledgement of the bursts;
 * - two nodes on one PostgreSQL, sockets and agents split between them: cross-node delivery;
 * - baseline in the same run: a bare `ws` echo server (RSS per socket, round trip).
 *   npm run bench -- sockets        (BENCH_SOCKET_SECONDS=60 per phase; BENCH_SOCKET_ENGINES=pglite,postgres)
 * The bot is off (BOT_ACTIEF=false), so every message goes to the agents. File descriptors: the
 * client holds every socket, each node its share; the soft limit (ulimit -n) must exceed
 * sockets + agents + a few hundred, which the run checks first.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile } from './bench-databases.ts';
import { AgentDesktop, pool, rssOf, sourceAddress, Widget, type AgentEvent } from './load-client.ts';
import { AGENT_PASSWORD, pgliteStorage, postgresStorage, prepare, startNode, type LoketNode, type Storage } from './loket-nodes.ts';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 10_000);
const CHATTING = Math.min(SOCKETS, Number(process.env.BENCH_CHATTING ?? 1_000));
const AGENTS = Number(process.env.BENCH_AGENTS ?? 350);
const BURST = Number(process.env.BENCH_BURST ?? 100);
const SECONDS = Number(process.env.BENCH_SOCKET_SECONDS ?? 60);
const INTERVAL_MS = 30_000;
const BURST_EVERY_MS = 20_000;
const ENGINES = (process.env.BENCH_SOCKET_ENGINES ?? 'pglite,postgres').split(',');
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROOT = resolve(import.meta.dirname, '..');

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ms = (sorted: number[], p: number) => `${percentile(sorted, p).toFixed(1)}`;
const load = () => loadavg()[0]!.toFixed(1);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fdLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  return Number(line?.split(/\s+/)[3] ?? 1024);
}

/** The baseline: a bare ws server that echoes, in its own process; RSS per socket and round trip. */
async function echoBaseline(sockets: number): Promise<{ perSocket: number; rtt: number[] }> {
  const port = 18_590;
  const script = `const {WebSocketServer}=require('ws');const s=new WebSocketServer({host:'127.0.0.1',port:${port},perMessageDeflate:false});
s.on('connection',c=>c.on('message',d=>c.send(d)));s.on('listening',()=>console.log('ok'));`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((r) => child.stdout.once('data', r));
  const WebSocket = (await import('ws')).default;
  try {
    await sleep(200);
    const before = await rssOf(child.pid!);
    const clients = await pool(sockets, 64, async (i) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}`, { localAddress: sourceAddress(i), perMessageDeflate: false });
      await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
      return ws;
    });
    await sleep(500);
    const perSocket = ((await rssOf(child.pid!)) - before) / sockets;
    const rtt: number[] = [];
    const gap = Math.max(1, Math.floor(1000 / Math.max(1, CHATTING / 30)));
    await pool(Math.min(300, CHATTING), 1, async (i) => {
      const ws = clients[i]!;
      const start = performance.now();
      await new Promise<void>((r) => {
        ws.once('message', () => r());
        ws.send(JSON.stringify({ type: 'bericht', clientId: `e${i}`, tekst: `echo ${i}` }));
      });
      rtt.push(performance.now() - start);
      await sleep(gap);
    });
    for (const ws of clients) ws.terminate();
    return { perSocket, rtt: sorted(rtt) };
  } finally {
    child.kill('SIGTERM');
  }
}

interface Sent {
  sentAt: number;
  node: number;
  delivered: boolean;
}

/** Agents and widgets on the given nodes (split evenly), the chatting load with bursts, and the figures. */
async function scenario(label: string, nodes: LoketNode[], tokens: string[], agentNames: string[]): Promise<void> {
  const sent = new Map<string, Sent>();
  const firstAgent: number[] = [];
  const allAgents: number[] = [];
  const crossNode: number[] = [];
  const sameNode: number[] = [];
  const seenCross = new Set<string>();
  let address = 0;

  const rssAll = async () => Promise.all(nodes.map((n) => rssOf(n.pid)));
  const idle = await rssAll();

  // Agents log in through the API (argon2 on the server), four at a time, then open their desktop socket.
  const loginStart = performance.now();
  const agents = await pool(agentNames.length, 4, async (i) => {
    const node = i % nodes.length;
    const from = sourceAddress(address++);
    const cookie = await AgentDesktop.login(nodes[node]!.base, agentNames[i]!, AGENT_PASSWORD, from);
    return AgentDesktop.open(nodes[node]!.base, cookie, from, (event: AgentEvent, at: number) => {
      if (event.type !== 'bericht.nieuw' || event.data.bericht?.richting !== 'inkomend') return;
      const id = event.data.bericht.kanaalBerichtId;
      const message = id ? sent.get(id) : undefined;
      if (!message || !id) return;
      const latency = at - message.sentAt;
      allAgents.push(latency);
      if (!message.delivered) {
        message.delivered = true;
        firstAgent.push(latency);
      }
      if (nodes.length > 1) {
        if (node !== message.node && !seenCross.has(id)) {
          seenCross.add(id);
          crossNode.push(latency);
        } else if (node === message.node) sameNode.push(latency);
      }
    });
  });
  const loginS = (performance.now() - loginStart) / 1000;

  const connectStart = performance.now();
  const widgets = await pool(tokens.length, 64, async (i) => {
    const node = i % nodes.length;
    return { node, widget: await Widget.open(nodes[node]!.base, tokens[i]!, sourceAddress(address++)) };
  });
  const connectS = (performance.now() - connectStart) / 1000;
  await sleep(2000);
  const open = await rssAll();
  const perSocket = open.reduce((sum, r, i) => sum + r - idle[i]!, 0) / (tokens.length + agents.length);
  console.log(
    `  ${label}: ${agents.length} agents ingelogd in ${loginS.toFixed(1)} s; ${widgets.length.toLocaleString('nl-NL')} widgets open in ${connectS.toFixed(1)} s` +
      ` (${Math.round(widgets.length / connectS)}/s); RSS ${idle.map(mb).join(' + ')} leeg → ${open.map(mb).join(' + ')}` +
      ` (${(perSocket / 1024).toFixed(1)} KB per socket); load ${load()}`,
  );

  // The chatting load: each chatting widget sends every 30 s, spread evenly; bursts of new chats every 20 s.
  const chatting = widgets.slice(0, CHATTING);
  const acks: number[] = [];
  const burstAcks: number[] = [];
  const burstTotal: number[] = [];
  let failures = 0;
  let peak = open.map(() => 0);
  const end = performance.now() + SECONDS * 1000;
  const timers: NodeJS.Timeout[] = [];
  const pending: Promise<unknown>[] = [];
  let sequence = 0;
  const say = (w: { node: number; widget: Widget }, into: number[]) => {
    const { clientId, sentAt, ack } = w.widget.send(`Wanneer wordt het grofvuil opgehaald? bericht ${sequence++}`);
    sent.set(`${w.widget.sessieId}:${clientId}`, { sentAt, node: w.node, delivered: false });
    const done = ack.then(
      (t) => into.push(t),
      () => failures++,
    );
    pending.push(done);
    return done;
  };
  chatting.forEach((w, i) => {
    const first = setTimeout(
      () => {
        say(w, acks);
        timers.push(setInterval(() => performance.now() < end && say(w, acks), INTERVAL_MS));
      },
      Math.floor((i / chatting.length) * Math.min(INTERVAL_MS, SECONDS * 1000)),
    );
    timers.push(first);
  });
  const bursts: Promise<unknown>[] = [];
  const burst = () => {
    const start = performance.now();
    const group = Array.from({ length: BURST }, async (_, i) => {
      const node = i % nodes.length;
      try {
        const widget = await Widget.start(nodes[node]!.base, sourceAddress(address++));
        await say({ node, widget }, burstAcks);
        burstTotal.push(performance.now() - start);
        widget.close();
      } catch {
        failures++;
      }
    });
    bursts.push(Promise.all(group));
  };
  for (let at = 5_000; at < SECONDS * 1000; at += BURST_EVERY_MS) timers.push(setTimeout(burst, at));
  const sampler = setInterval(
    () =>
      void rssAll().then((now) => {
        peak = peak.map((p, i) => Math.max(p, now[i]!));
      }),
    2000,
  );
  while (performance.now() < end) await sleep(250);
  for (const t of timers) clearTimeout(t);
  await Promise.all(bursts);
  await Promise.allSettled(pending);
  await sleep(1000);
  clearInterval(sampler);
  peak = (await rssAll()).map((r, i) => Math.max(r, peak[i]!));

  const delivered = [...sent.values()].filter((m) => m.delivered).length;
  const [a, b, f, all] = [sorted(acks), sorted(burstAcks), sorted(firstAgent), sorted(allAgents)];
  console.log(
    `  ${label}: ${sent.size} berichten in ${SECONDS} s (${(sent.size / SECONDS).toFixed(0)}/s), ${delivered} bij een agent, ${failures} mislukt;` +
      ` RSS piek ${peak.map(mb).join(' + ')}; load ${load()}`,
  );
  console.log(
    `    bericht → eerste agent p50 ${ms(f, 50)} ms, p99 ${ms(f, 99)} ms; → alle ${agents.length} agents p99 ${ms(all, 99)} ms;` +
      ` bevestiging aan de widget p50 ${ms(a, 50)} ms, p99 ${ms(a, 99)} ms`,
  );
  console.log(
    `    bursts van ${BURST} nieuwe chats: eerste bericht bevestigd p50 ${ms(b, 50)} ms, p99 ${ms(b, 99)} ms` +
      ` (vanaf het aanmaken van de sessie: p99 ${ms(sorted(burstTotal), 99)} ms)`,
  );
  if (nodes.length > 1) {
    const [c, s] = [sorted(crossNode), sorted(sameNode)];
    console.log(`    andere node: p50 ${ms(c, 50)} ms, p99 ${ms(c, 99)} ms (${c.length}); zelfde node p99 ${ms(s, 99)} ms`);
  }
  for (const { widget } of widgets) widget.close();
  for (const agent of agents) agent.close();
}

async function engine(name: string, storage: Storage, nodeCount: number): Promise<void> {
  try {
    const seedStart = performance.now();
    const { tokens, agents } = await prepare(storage, AGENTS, SOCKETS);
    console.log(
      `  ${name}: ${SOCKETS.toLocaleString('nl-NL')} sessies en ${AGENTS} agents klaargezet in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    const nodes: LoketNode[] = [];
    try {
      for (let i = 0; i < nodeCount; i++) nodes.push(await startNode(storage, 18_600 + i));
      await scenario(`${name}, ${nodeCount} node${nodeCount > 1 ? 's' : ''}`, nodes, tokens, agents);
    } finally {
      for (const node of nodes) await node.stop();
    }
  } finally {
    await storage.remove();
  }
}

export async function run(): Promise<void> {
  console.log(
    `\nwidget sockets: ${SOCKETS.toLocaleString('nl-NL')} open, ${CHATTING} chattend (1 per 30 s), ${AGENTS} agents, bursts van ${BURST}; ${SECONDS} s per fase; load ${load()}`,
  );
  const needed = SOCKETS + AGENTS + 500;
  if (fdLimit() < needed) {
    console.log(`  ulimit -n is ${fdLimit()}, nodig ${needed}: verhoog het (ulimit -n ${needed}) en start opnieuw`);
    process.exitCode = 1;
    return;
  }
  const echo = await echoBaseline(SOCKETS);
  console.log(
    `  baseline kale ws-echoserver: ${(echo.perSocket / 1024).toFixed(1)} KB per socket; round trip p50 ${ms(echo.rtt, 50)} ms, p99 ${ms(echo.rtt, 99)} ms; load ${load()}`,
  );
  if (ENGINES.includes('pglite')) await engine('PGlite', pgliteStorage(), 1);
  if (ENGINES.includes('postgres')) {
    const storage = await postgresStorage(SERVER_URL).catch((error: unknown) => {
      console.log(`  (PostgreSQL niet bereikbaar: ${(error as Error).message})`);
      return undefined;
    });
    if (storage) await engine('PostgreSQL', storage, 2);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
