import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { contentGaps } from '../src/analytics/content-gaps/content-gaps.ts';
import { repeatContacts, volumes, wijkRates } from '../src/analytics/dashboard/dashboard.queries.ts';
import { hotspotsWithSeries } from '../src/analytics/dashboard/hotspot-series.ts';
import { importWijken } from '../src/analytics/gebieden/gebieden.service.ts';
import { storedHotspots } from '../src/analytics/signals/stored-hotspots.ts';
import type { Database } from '../src/db/schema.ts';
import { LINDENDAAL_DIR } from '../src/knowledge/matching/lindendaal-data.ts';
import { benchDatabases } from './bench-databases.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const CATEGORIES = [
  'afval',
  'burgerzaken',
  'belastingen',
  'parkeren',
  'overlast',
  'openbare-ruimte',
  'vergunningen',
  'wonen',
  'zorg-en-welzijn',
  'werk-en-inkomen',
  'ondernemen',
  'algemeen',
];

/**
 * ROWS klantcontacten with their topics over two years (2025-2026), made by generate_series in
 * SQL: 10 wijken, 12 categories with 6 articles each, 5 channels, 200,000 partijen, a web page
 * on one chat in ten.
 */
async function generate(db: Kysely<Database>): Promise<void> {
  const cats = `array[${CATEGORIES.map((c) => `'${c}'`).join(',')}]`;
  await sql
    .raw(
      `
    with k as (
      insert into klantcontact (kanaal, onderwerp, plaatsgevonden_op)
      select (array['telefoon','email','webchat','formulier','balie'])[1 + (i % 5)], 'bench',
             timestamptz '2025-01-01 08:00+00' + (i * (730.0 * 86400 / ${ROWS})) * interval '1 second'
        from generate_series(1, ${ROWS}) i
      returning id, kanaal, plaatsgevonden_op)
    insert into klantcontact_onderwerp (klantcontact_id, categorie, artikel_id, zekerheid, bron, wijk, geplaatst_via, kanaal, partij_id, pagina_url, plaatsgevonden_op, week_start)
    select id, cat, cat || '-' || (1 + floor(random() * 6))::int, 0.9, 'classifier',
           'WK' || lpad((1 + floor(random() * 10))::int::text, 4, '0'), 'postcode', kanaal,
           ('00000000-0000-0000-0000-' || lpad(floor(random() * 200000)::int::text, 12, '0'))::uuid,
           case when kanaal = 'webchat' and random() < 0.5 then 'https://www.gemeente.example/pagina/' || floor(random() * 300)::int end,
           plaatsgevonden_op, date_trunc('week', plaatsgevonden_op at time zone 'UTC')::date
      from (select k.*, (${cats})[1 + abs(hashtext(id::text)) % 12] as cat from k) k`,
    )
    .execute(db);
  await sql`analyze klantcontact_onderwerp`.execute(db);
}

/** First run (cold: hotspots are then detected) and second run (hotspots come from the cache). */
async function time<T>(label: string, work: () => Promise<T>, size: (r: T) => number): Promise<void> {
  let started = performance.now();
  await work();
  const coldMs = performance.now() - started;
  started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const over = (n: number) => (n > 1000 ? ' BOVEN 1 s' : '');
  console.log(
    `  ${label.padEnd(44)} eerste ${coldMs.toFixed(0).padStart(5)} ms${over(coldMs)}   tweede ${ms.toFixed(0).padStart(5)} ms${over(ms)}  (${size(result)} rijen)`,
  );
}

/** Every dashboard query on ROWS klantcontacten, first and second run, against the 1 s budget. */
export async function run(): Promise<void> {
  const targets = (await benchDatabases()).filter((t) => t.name === 'PostgreSQL');
  if (targets.length === 0) return console.log('\ndashboard: needs PostgreSQL (BENCH_DATABASE_URL); skipped');
  console.log(`\ndashboard-queries op ${ROWS.toLocaleString('nl-NL')} klantcontacten (PostgreSQL), budget 1 s`);
  for (const target of targets) {
    const database = await target.open();
    try {
      const db = database.db;
      await importWijken(db, JSON.parse(readFileSync(join(LINDENDAAL_DIR, 'wijken.geojson'), 'utf8')));
      const started = performance.now();
      await generate(db);
      console.log(`  (genereren: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
      const [from, to] = ['2026-07-01', '2026-09-30'];
      await time(
        'volumes per kanaal, categorie, week (kwartaal)',
        () => volumes(db, from, to),
        (r) => r.length,
      );
      await time(
        'per 1.000 inwoners per wijk, één categorie',
        () => wijkRates(db, from, to, { category: 'afval' }),
        (r) => r.length,
      );
      await time(
        'per 1.000 inwoners per wijk, één artikel',
        () => wijkRates(db, from, to, { articleId: 'afval-3' }),
        (r) => r.length,
      );
      await time(
        'hotspots (kwartaal + 12 weken basislijn)',
        () => storedHotspots(db, from, to),
        (r) => r.length,
      );
      await time(
        'hotspots met weekreeks',
        () => hotspotsWithSeries(db, from, to),
        (r) => r.length,
      );
      await time(
        'herhaalcontacten (kwartaal)',
        () => repeatContacts(db, from, to),
        (r) => r.length,
      );
      await time(
        'inhoudsgaten (kwartaal)',
        () => contentGaps(db, from, to),
        (r) => r.length,
      );
      await time(
        'volumes over twee jaar',
        () => volumes(db, '2025-01-01', '2026-12-31'),
        (r) => r.length,
      );
    } finally {
      await database.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
