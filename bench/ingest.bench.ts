import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { ingestEmail } from '../src/channels/email/email-ingest.ts';
import { loadConfig } from '../src/config.ts';
import type { InboundMessage } from '../src/conversations/inbound.types.ts';
import type { LoketDatabase } from '../src/db/database.ts';
import { benchDatabases, formatRate, percentile } from './bench-databases.ts';
import { StatementCounter } from './statement-counter.ts';

const MESSAGES = Number(process.env.BENCH_INGEST ?? 400);
const CITIZENS = 40;

const chat = (run: string, i: number): InboundMessage => ({
  kanaal: 'webchat',
  kanaalBerichtId: `${run}-chat-${i}`,
  afzender: null,
  draad: { externeId: `${run}-sessie-${i % CITIZENS}` },
  tekst: `Wanneer wordt het grofvuil opgehaald? (${i})`,
});

/** A real MIME message; every third one answers the citizen's previous mail, so threading is exercised. */
const mail = (run: string, i: number): Buffer => {
  const citizen = i % CITIZENS;
  const reply = i >= CITIZENS && i % 3 === 0 ? `In-Reply-To: <${run}-mail-${i - CITIZENS}@example.nl>\r\n` : '';
  return Buffer.from(
    `From: Inwoner ${citizen} <${run}${citizen}@example.nl>\r\nTo: kcc@gemeente.test\r\nSubject: Grofvuil ${i}\r\nMessage-ID: <${run}-mail-${i}@example.nl>\r\n${reply}` +
      `Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWanneer wordt het grofvuil opgehaald in de Lindelaan?\r\n` +
      `--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Wanneer wordt het <b>grofvuil</b> opgehaald in de Lindelaan?</p>\r\n--b--\r\n`,
  );
};

/**
 * The baseline of issue 22: single-row INSERTs into a table shaped like the inbound store (its
 * columns and unique channel-id index), one transaction per row, on one connection, one after
 * the other. Returns rows per second.
 */
async function rawInsertRate(database: LoketDatabase, run: string, count: number, payload: string): Promise<number> {
  const db = database.db;
  await sql`create table if not exists bench_inkomend (like inkomend_bericht including defaults including constraints including indexes)`.execute(
    db,
  );
  const bericht = JSON.stringify(chat(run, 0));
  const start = performance.now();
  for (let i = 0; i < count; i++)
    await sql`insert into bench_inkomend (kanaal, kanaal_bericht_id, bericht, ruw) values ('email', ${`${run}-${i}`}, ${bericht}, ${payload})`.execute(
      db,
    );
  return (count / (performance.now() - start)) * 1000;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

/**
 * Web chat and e-mail messages through the one ingest pipeline (store first, partij matching,
 * threading, klantcontact, audit, realtime event to the agents' hub), against the raw INSERT
 * baseline in the same run: (1) throughput when all arrive at once (group commit can batch),
 * (2) receipt → agent latency at 80% of the raw rate, messages arriving on a schedule.
 */
export async function run(): Promise<void> {
  console.log(`\ninkomende berichten: ${MESSAGES} (helft web chat, helft e-mail), pijplijn vs. kale INSERT (load ${load()})`);
  for (const target of await benchDatabases()) {
    const database = await target.open();
    const counter = new StatementCounter();
    const counted = counter.wrap(database);
    const app = await buildApp({ database: counted, config: loadConfig({ LOKET_DEMO: 'false' }), logger: false, backgroundJobs: false });
    await app.ready();
    try {
      const sentAt = new Map<string, number>();
      const arrived = new Map<string, number>();
      app.hub.subscribe((event) => {
        if (event.type !== 'bericht.nieuw') return;
        const id = (event.data as { bericht: { kanaalBerichtId: string | null } }).bericht.kanaalBerichtId;
        if (id && sentAt.has(id)) arrived.set(id, performance.now());
      });
      const send = (run: string, i: number) => {
        if (i % 2 === 0) {
          sentAt.set(`${run}-chat-${i}`, performance.now());
          return app.pipeline.receive(chat(run, i));
        }
        sentAt.set(`<${run}-mail-${i}@example.nl>`, performance.now());
        return ingestEmail({ db: counted.db, pipeline: app.pipeline }, mail(run, i));
      };
      const allArrived = async (run: string, count: number) => {
        const deadline = Date.now() + 60_000;
        const mine = () => [...arrived.keys()].filter((id) => id.includes(`${run}-`)).length;
        while (mine() < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
        return performance.now();
      };
      const payload = mail('ruw', 0).toString();

      // Warm up both paths (JIT, plans, pool), then the baseline before and after the pipeline.
      await Promise.all(Array.from({ length: 20 }, (_, i) => send('warm', i)));
      await rawInsertRate(database, 'warm', 50, payload);
      const rawBefore = await rawInsertRate(database, 'voor', MESSAGES, payload);

      // (1) Everything at once: the rate until the last agent event, and until every follow-up ran.
      counter.reset();
      const burstStart = performance.now();
      const done = Promise.all(Array.from({ length: MESSAGES }, (_, i) => send('piek', i)));
      const eventsAt = await allArrived('piek', MESSAGES);
      await done;
      const doneAt = performance.now();
      const profile = counter.summary(MESSAGES);

      const rawAfter = await rawInsertRate(database, 'na', MESSAGES, payload);
      const raw = (rawBefore + rawAfter) / 2;

      // (2) Arrivals on a schedule at 80% of the raw rate: receipt → agent per message.
      const rate = 0.8 * raw;
      const paced: Promise<unknown>[] = [];
      const pacedStart = performance.now();
      for (let i = 0; i < MESSAGES; i++) {
        const due = pacedStart + (i * 1000) / rate;
        while (performance.now() < due) await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
        paced.push(send('tempo', i));
      }
      await allArrived('tempo', MESSAGES);
      await Promise.all(paced);
      const latencies = [...sentAt.keys()]
        .filter((id) => id.includes('tempo-'))
        .map((id) => (arrived.get(id) ?? Number.POSITIVE_INFINITY) - sentAt.get(id)!)
        .sort((a, b) => a - b);

      const pipelineRate = (MESSAGES / (eventsAt - burstStart)) * 1000;
      console.log(
        `  ${target.name.padEnd(10)} kale INSERT ${Math.round(raw)}/s (voor ${Math.round(rawBefore)}/s, na ${Math.round(rawAfter)}/s)   ` +
          `pijplijn tot agent ${Math.round(pipelineRate)}/s = ${Math.round((100 * pipelineRate) / raw)}% van kaal; ` +
          `met vervolgstappen (bot, classificatie) ${formatRate(MESSAGES, doneAt - burstStart)}`,
      );
      console.log(`  ${''.padEnd(10)} ${profile}`);
      console.log(
        `  ${''.padEnd(10)} ontvangst → agent bij ${Math.round(rate)}/s (80% van kaal): p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
          `p99 ${percentile(latencies, 99).toFixed(1)} ms, ${latencies.filter(Number.isFinite).length}/${MESSAGES} events (load ${load()})`,
      );
    } finally {
      await app.close();
      await database.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
