import { sql } from 'kysely';
import { buildApp } from '../src/app.ts';
import { ingestEmail } from '../src/channels/email/email-ingest.ts';
import { loadConfig } from '../src/config.ts';
import type { InboundMessage } from '../src/conversations/inbound.types.ts';
import type { LoketDatabase } from '../src/db/database.ts';
import { benchDatabases, formatRate, percentile } from './bench-databases.ts';

const MESSAGES = Number(process.env.BENCH_INGEST ?? 400);
const CITIZENS = 40;

const chat = (i: number): InboundMessage => ({
  kanaal: 'webchat',
  kanaalBerichtId: `bench-chat-${i}`,
  afzender: null,
  draad: { externeId: `bench-sessie-${i % CITIZENS}` },
  tekst: `Wanneer wordt het grofvuil opgehaald? (${i})`,
});

/** A real MIME message; every third one answers the citizen's previous mail, so threading is exercised. */
const mail = (i: number): Buffer => {
  const citizen = i % CITIZENS;
  const reply = i >= CITIZENS && i % 3 === 0 ? `In-Reply-To: <bench-mail-${i - CITIZENS}@example.nl>\r\n` : '';
  return Buffer.from(
    `From: Inwoner ${citizen} <inwoner${citizen}@example.nl>\r\nTo: kcc@gemeente.test\r\nSubject: Grofvuil ${i}\r\nMessage-ID: <bench-mail-${i}@example.nl>\r\n${reply}` +
      `Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWanneer wordt het grofvuil opgehaald in de Lindelaan?\r\n` +
      `--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Wanneer wordt het <b>grofvuil</b> opgehaald in de Lindelaan?</p>\r\n--b--\r\n`,
  );
};

/** The rows the pipeline ends up with for one message, written as plain INSERTs: the ceiling. */
async function rawInsert(database: LoketDatabase, i: number, raw: string): Promise<void> {
  const db = database.db;
  await sql`insert into inkomend_bericht (kanaal, kanaal_bericht_id, bericht, ruw, status) values ('email', ${`raw-${i}`}, ${JSON.stringify(chat(i))}, ${raw}, 'verwerkt')`.execute(
    db,
  );
  const contact = await sql<{
    id: string;
  }>`insert into klantcontact (kanaal, onderwerp, inhoud) values ('email', ${`Grofvuil ${i}`}, 'Wanneer wordt het grofvuil opgehaald?') returning id`.execute(
    db,
  );
  const gesprek = await sql<{
    id: string;
  }>`insert into gesprek (kanaal, onderwerp, klantcontact_id) values ('email', ${`Grofvuil ${i}`}, ${contact.rows[0]!.id}) returning id`.execute(
    db,
  );
  await sql`insert into bericht (gesprek_id, richting, inhoud, kanaal_bericht_id) values (${gesprek.rows[0]!.id}, 'inkomend', 'Wanneer wordt het grofvuil opgehaald?', ${`raw-${i}`})`.execute(
    db,
  );
}

/**
 * Web chat and e-mail messages through the one ingest pipeline (store first, partij matching,
 * threading, klantcontact, audit, realtime event), measured from receipt until the event reaches
 * the agents' hub, against plain INSERTs of the same rows in the same run.
 */
export async function run(): Promise<void> {
  console.log(`\ninkomende berichten: ${MESSAGES} (web chat en e-mail), pijplijn vs. kale INSERT`);
  for (const target of await benchDatabases()) {
    const database = await target.open();
    const app = await buildApp({ database, config: loadConfig({ LOKET_DEMO: 'false' }), logger: false, backgroundJobs: false });
    await app.ready();
    try {
      const sentAt = new Map<string, number>();
      const latencies: Record<string, number[]> = { webchat: [], email: [] };
      let delivered = 0;
      app.hub.subscribe((event) => {
        if (event.type !== 'bericht.nieuw') return;
        const id = (event.data as { bericht: { kanaalBerichtId: string | null } }).bericht.kanaalBerichtId;
        const start = id ? sentAt.get(id) : undefined;
        if (start === undefined) return;
        latencies[(event.data as { kanaal: string }).kanaal]!.push(performance.now() - start);
        delivered++;
      });
      const half = Math.floor(MESSAGES / 2);
      const chatStart = performance.now();
      for (let i = 0; i < half; i++) {
        sentAt.set(`bench-chat-${i}`, performance.now());
        await app.pipeline.receive(chat(i));
      }
      const chatMs = performance.now() - chatStart;
      const mailStart = performance.now();
      for (let i = 0; i < half; i++) {
        sentAt.set(`<bench-mail-${i}@example.nl>`, performance.now());
        await ingestEmail({ db: database.db, pipeline: app.pipeline }, mail(i));
      }
      const mailMs = performance.now() - mailStart;
      const deadline = Date.now() + 10_000;
      while (delivered < 2 * half && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));

      const rawSource = mail(0).toString();
      const rawStart = performance.now();
      for (let i = 0; i < 2 * half; i++) await rawInsert(database, i, rawSource);
      const rawMs = performance.now() - rawStart;

      const figures = (kind: string) => {
        const sorted = latencies[kind]!.sort((a, b) => a - b);
        return `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms`;
      };
      console.log(
        `  ${target.name.padEnd(10)} pijplijn ${formatRate(2 * half, chatMs + mailMs).padStart(7)} (web chat ${formatRate(half, chatMs)}, e-mail ${formatRate(half, mailMs)})   kale INSERT ${formatRate(2 * half, rawMs)}   ratio ${((chatMs + mailMs) / rawMs).toFixed(1)}× trager`,
      );
      console.log(
        `  ${''.padEnd(10)} ontvangst → agent: web chat ${figures('webchat')}; e-mail ${figures('email')}; ${delivered}/${2 * half} events`,
      );
    } finally {
      await app.close();
      await database.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
