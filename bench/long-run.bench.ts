/**
 * The long run (issue 22, target 5): a mixed load on two nodes of the built server sharing one
 * PostgreSQL, for BENCH_LONG_MINUTES (10) minutes, ending with every message accounted for and
 * the memory of each node sampled per minute.
 *   npm run bench -- long-run          (BENCH_LONG_MINUTES=3 for a shorter run)
 * The load, split over the two nodes: BENCH_LONG_WIDGETS (200) chat widgets writing every 20 s;
 * an e-mail every 2 s through each node's SMTP listener; a web form every 5 s (the shipped
 * contactformulier, posted as JSON with an Idempotency-Key); a phone call every 10 s (CTI newCall,
 * three transcript segments from the agent's desktop, hangup); BENCH_LONG_AGENTS (20) agents on
 * their desktop socket, one of whom answers every second chat message; and every 10 s two agents
 * refreshing their inbox and a team lead the volumes dashboard.
 * Accounting at the end: sent (accepted by Loket) vs stored (rows in `bericht`) vs delivered (seen
 * on an agent's socket; for replies, on the citizen's widget). Memory: RSS sampled every 5 s; a
 * single sample can land just after a collection, so each minute is judged by its highest sample.
 * Memory is flat when no node's highest minute after minute 2 exceeds minute 2 by more than 10%.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { percentile } from './bench-databases.ts';
import { countStored, printAccounting, tally } from './long-run-accounting.ts';
import { AgentDesktop, httpJson, pool, rssOf, sourceAddress, Widget, type AgentEvent } from './load-client.ts';
import { AGENT_PASSWORD, postgresStorage, prepare, startNode, type LoketNode } from './loket-nodes.ts';

const MINUTES = Number(process.env.BENCH_LONG_MINUTES ?? 10);
const WIDGETS = Number(process.env.BENCH_LONG_WIDGETS ?? 200);
const AGENTS = Number(process.env.BENCH_LONG_AGENTS ?? 20);
const CHAT_EVERY_MS = 20_000;
const MAIL_EVERY_MS = 2_000;
const FORM_EVERY_MS = 5_000;
const CALL_EVERY_MS = 10_000;
const DASHBOARD_EVERY_MS = 10_000;
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CTI_SECRET = randomBytes(18).toString('hex');
const RUN = randomBytes(3).toString('hex');

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const load = () => loadavg()[0]!.toFixed(1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const day = (d: Date) => d.toISOString().slice(0, 10);

export async function run(): Promise<void> {
  console.log(
    `\nlange run: ${MINUTES} min op 2 nodes (PostgreSQL); ${WIDGETS} chats (1 per 20 s), e-mail per 2 s, formulier per 5 s, gesprek per 10 s, ${AGENTS} agents; load ${load()}`,
  );
  const storage = await postgresStorage(SERVER_URL);
  const nodes: LoketNode[] = [];
  try {
    const { tokens, agents: names } = await prepare(storage, AGENTS, WIDGETS, ['kcc', 'teamleider']);
    for (let i = 0; i < 2; i++)
      nodes.push(
        await startNode(storage, 18_620 + i, {
          SMTP_PORT: String(18_625 + i),
          SMTP_HOST: '127.0.0.1',
          SMTP_RECIPIENTS: 'gemeente.test',
          TELEFOON_CTI_GEHEIMEN: `bench=${CTI_SECRET}`,
        }),
      );
    const kinds = { webchat: tally(), email: tally(), formulier: tally(), telefoon: tally(), antwoord: tally() };
    const segments = { sent: 0, stored: 0, failed: 0 };
    const dashboards: number[] = [];
    let dashboardFailures = 0;
    let address = 0;
    let stopping = false;

    const sessions = await pool(names.length, 4, async (i) => {
      const node = nodes[i % 2]!;
      const from = sourceAddress(address++);
      return { node, ...(await AgentDesktop.session(node.base, names[i]!, AGENT_PASSWORD, from)), from };
    });
    // One agent answers each gesprek: the one its id hashes to.
    const answerer = (gesprekId: string) => parseInt(gesprekId.replace(/-/g, '').slice(-6), 16) % sessions.length;
    const answered = new Set<string>();
    const reply = async (agent: (typeof sessions)[number], gesprekId: string) => {
      const response = await httpJson(
        agent.node.base,
        'POST',
        `/api/gesprekken/${gesprekId}/berichten`,
        { tekst: `Dank voor uw vraag, wij helpen u graag (${RUN}).` },
        { cookie: agent.cookie, from: agent.from, headers: { 'x-csrf-token': agent.csrf } },
      );
      if (response.status === 201) kinds.antwoord.sent++;
      else kinds.antwoord.failed++;
    };
    const desktops = await pool(sessions.length, 4, (i) =>
      AgentDesktop.open(sessions[i]!.node.base, sessions[i]!.cookie, sessions[i]!.from, (event: AgentEvent, at: number) => {
        if (event.type !== 'bericht.nieuw' || !event.data.bericht) return;
        const { kanaalBerichtId: id, richting } = event.data.bericht;
        if (richting !== 'inkomend' || !id) return;
        const kanaal = event.data.kanaal;
        const kind = kanaal === 'webchat' || kanaal === 'email' || kanaal === 'formulier' ? kinds[kanaal] : kinds.telefoon;
        const sentAt = kind.sentAt.get(id);
        if (sentAt === undefined || kind.delivered.has(id)) return;
        kind.delivered.add(id);
        kind.latency.push(at - sentAt);
        // Every second chat message gets an answer, from the agent the gesprek belongs to.
        const gesprekId = event.data.gesprekId;
        if (!stopping && event.data.kanaal === 'webchat' && gesprekId && answerer(gesprekId) === i && kind.delivered.size % 2 === 0) {
          answered.add(gesprekId);
          void reply(sessions[i]!, gesprekId).catch(() => kinds.antwoord.failed++);
        }
      }),
    );
    const widgets = await pool(tokens.length, 32, async (i) => Widget.open(nodes[i % 2]!.base, tokens[i]!, sourceAddress(address++)));
    console.log(`  ${sessions.length} agents en ${widgets.length} widgets verbonden; load ${load()}`);

    // Per minute, each node's highest RSS sample (sampled every 5 s).
    const rss: number[][] = [];
    let minutePeak = nodes.map(() => 0);
    const sampler = setInterval(
      () =>
        void Promise.all(nodes.map((n) => rssOf(n.pid)))
          .then((now) => (minutePeak = minutePeak.map((p, i) => Math.max(p, now[i]!))))
          .catch(() => undefined),
      5_000,
    ).unref();
    const timers: NodeJS.Timeout[] = [];
    const every = (ms: number, task: () => Promise<void>) => timers.push(setInterval(() => void task().catch(() => undefined), ms));

    // Chats: each widget writes every 20 s, spread evenly.
    widgets.forEach((widget, i) =>
      timers.push(
        setTimeout(
          () =>
            every(CHAT_EVERY_MS, async () => {
              const { clientId, sentAt, ack } = widget.send(`Wanneer komt de vuilnisauto in mijn straat? (${RUN})`);
              kinds.webchat.sentAt.set(`${widget.sessieId}:${clientId}`, sentAt);
              await ack.then(
                () => kinds.webchat.sent++,
                () => kinds.webchat.failed++,
              );
            }),
          Math.floor((i / widgets.length) * CHAT_EVERY_MS),
        ),
      ),
    );
    // E-mail through each node's SMTP listener, alternating.
    const mailers = nodes.map((_, i) =>
      nodemailer.createTransport({ host: '127.0.0.1', port: 18_625 + i, secure: false, ignoreTLS: true }),
    );
    let mails = 0;
    every(MAIL_EVERY_MS, async () => {
      const n = mails++;
      const messageId = `<lr-${RUN}-${n}@example.nl>`;
      kinds.email.sentAt.set(messageId, performance.now());
      try {
        await mailers[n % 2]!.sendMail({
          from: `Inwoner ${n % 50} <inwoner${n % 50}@example.nl>`,
          to: 'kcc@gemeente.test',
          subject: `Vraag over de afvalkalender ${n}`,
          text: 'Wanneer wordt het grofvuil opgehaald in de Lindelaan?',
          messageId,
        });
        kinds.email.sent++;
      } catch {
        kinds.email.failed++;
      }
    });
    // Web forms: the shipped contactformulier, each from its own address (the public routes are throttled per address).
    let forms = 0;
    every(FORM_EVERY_MS, async () => {
      const n = forms++;
      const key = `lr-${RUN}-${n}`;
      kinds.formulier.sentAt.set(`contactformulier:${key}`, performance.now());
      const response = await httpJson(
        nodes[n % 2]!.base,
        'POST',
        '/api/formulieren/contactformulier/inzendingen',
        {
          naam: `Inwoner ${n % 50}`,
          email: `formulier${n % 50}@example.nl`,
          onderwerp: 'Afvalkalender',
          vraag: `Wanneer wordt het grofvuil opgehaald in de Lindelaan? (${n})`,
        },
        { from: sourceAddress(address++), headers: { 'idempotency-key': key } },
      );
      if (response.status === 201 || response.status === 202) kinds.formulier.sent++;
      else kinds.formulier.failed++;
    });
    // Phone calls: newCall through the CTI webhook, transcript segments from the agent's desktop, hangup.
    let calls = 0;
    every(CALL_EVERY_MS, async () => {
      const n = calls++;
      const agent = sessions[n % sessions.length]!;
      const callId = `lr-${RUN}-${n}`;
      const cti = (event: string) =>
        httpJson(
          agent.node.base,
          'POST',
          '/api/telefoon/cti',
          { event, callId, from: `+316${String(10_000_000 + n).slice(-8)}`, to: '+31140', direction: 'in' },
          { headers: { 'x-loket-cti-secret': CTI_SECRET } },
        );
      kinds.telefoon.sentAt.set(`${callId}:newCall`, performance.now());
      const started = await cti('newCall');
      if (started.status !== 200) return void kinds.telefoon.failed++;
      kinds.telefoon.sent++;
      await cti('answer');
      const segmenten = [
        { speaker: 'klant', start: 0, end: 4, text: 'Goedemiddag, mijn container is niet geleegd.' },
        { speaker: 'agent', start: 4, end: 8, text: 'Dat spijt me, ik meld het voor u aan.' },
        { speaker: 'klant', start: 8, end: 10, text: 'Dank u wel.' },
      ];
      segments.sent += segmenten.length;
      const transcript = await httpJson(
        agent.node.base,
        'POST',
        `/api/telefoon/gesprekken/${callId}/transcript`,
        { segmenten },
        { cookie: agent.cookie, from: agent.from, headers: { 'x-csrf-token': agent.csrf } },
      );
      if (transcript.status === 200) segments.stored += (transcript.body as { opgeslagen: number }).opgeslagen;
      else segments.failed += segmenten.length;
      await cti('hangup');
    });
    // Dashboards: two agents refresh their inbox, a team lead the volumes.
    let refreshes = 0;
    every(DASHBOARD_EVERY_MS, async () => {
      const n = refreshes++;
      const today = new Date();
      const paths = [
        '/api/inbox/aantallen',
        '/api/inbox',
        `/api/analytics/volumes?from=${day(new Date(today.getTime() - 30 * 86_400_000))}&to=${day(today)}`,
      ];
      for (const [k, path] of paths.entries()) {
        const agent = sessions[(n + k) % sessions.length]!;
        const start = performance.now();
        const response = await httpJson(agent.node.base, 'GET', path, undefined, { cookie: agent.cookie, from: agent.from });
        if (response.status === 200) dashboards.push(performance.now() - start);
        else dashboardFailures++;
      }
    });

    const started = performance.now();
    for (let minute = 1; minute <= MINUTES; minute++) {
      while (performance.now() - started < minute * 60_000) await sleep(500);
      const now = await Promise.all(nodes.map((n) => rssOf(n.pid)));
      rss.push(minutePeak.map((p, i) => Math.max(p, now[i]!)));
      minutePeak = nodes.map(() => 0);
      console.log(
        `  minuut ${String(minute).padStart(2)}: RSS (hoogste) ${rss.at(-1)!.map(mb).join(' + ')}; chat ${kinds.webchat.sent}, e-mail ${kinds.email.sent},` +
          ` formulieren ${kinds.formulier.sent}, gesprekken ${kinds.telefoon.sent}, antwoorden ${kinds.antwoord.sent}; load ${load()}`,
      );
    }
    stopping = true;
    clearInterval(sampler);
    for (const t of timers) clearInterval(t);
    await sleep(15_000); // in-flight messages land

    const stored = await countStored(storage, RUN);
    printAccounting(
      kinds,
      stored,
      widgets.reduce((sum, w) => sum + w.replies, 0),
    );
    console.log(`    transcript: ${segments.sent} delen verzonden, ${segments.stored} opgeslagen, ${segments.failed} mislukt`);
    const d = [...dashboards].sort((a, b) => a - b);
    console.log(
      `    dashboards: ${d.length} keer ververst, p50 ${percentile(d, 50).toFixed(0)} ms, p99 ${percentile(d, 99).toFixed(0)} ms; mislukt ${dashboardFailures}`,
    );
    if (rss.length >= 3) {
      const growth = nodes.map((_, i) => Math.max(...rss.slice(1).map((r) => r[i]!)) / rss[1]![i]! - 1);
      console.log(
        `  geheugen minuut 2 → eind: ${growth.map((g, i) => `node ${i + 1} ${(100 * g).toFixed(1)}%`).join(', ')} (grens 10%): ${growth.every((g) => g <= 0.1) ? 'vlak' : 'GROEIT'}; load ${load()}`,
      );
    }
    for (const w of widgets) w.close();
    for (const d of desktops) d.close();
    for (const m of mailers) m.close();
  } finally {
    for (const node of nodes) await node.stop();
    await storage.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
