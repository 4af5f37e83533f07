import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createMedewerker } from '../src/auth/medewerkers.service.ts';
import { ensureTeam } from '../src/auth/teams.ts';
import { openDatabase, type LoketDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { getServicenormen } from '../src/rapportage/servicenormen.service.ts';
import { meetWachttijden } from '../src/rapportage/wachttijden.ts';
import { periode } from '../src/rapportage/periode.ts';
import { bewaarXlaAchterstand } from '../src/rapportage/xla-dagen.ts';
import { xlaSommenUitGesprekken } from '../src/rapportage/xla.queries.ts';
import { getXla } from '../src/rapportage/xla.service.ts';
import { kalender } from '../src/werktijd/werktijd.service.ts';
import { benchDatabases, percentile } from './bench-databases.ts';
import { seedRapportage } from './rapportage-seed.ts';

const GESPREKKEN = Number(process.env.BENCH_GESPREKKEN ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** The XLA report as it was (every gesprek judged at query time) takes half a minute a run at 1M. */
const OUDE_RUNS = Number(process.env.BENCH_XLA_OUD_RUNS ?? 1);
/** Issue 15: the service-level report over a year of contacts (1M) within a second. */
const DOEL_MS = 1000;
/** After the year, so every contact's 7 days for first-contact resolution are over. */
const NU = new Date('2027-01-15T12:00:00Z');
/** The defaults: Dutch public holidays, no closing days of its own. */
const werktijd: Parameters<typeof kalender>[0] = { feestdagen: { goedeVrijdag: false, bevrijdingsdag: 'jaarlijks' }, sluitingsdagen: [] };

/** PGlite on disk, as Loket runs it (a million rows of each table do not belong in the wasm heap). */
async function pgliteOpDisk(): Promise<LoketDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'loket-bench-'));
  const database = await openDatabase({ dataDir: dir });
  await migrate(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function runs(work: () => Promise<unknown>, aantal = RUNS): Promise<{ p50: number; p95: number }> {
  await work(); // warm-up: plans and caches
  const samples: number[] = [];
  for (let i = 0; i < aantal; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const seconden = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/**
 * GET /api/rapportage/servicenormen and /api/rapportage/xla over 2026 (their services, without
 * HTTP) on GESPREKKEN closed gesprekken, against a bare count(*) of the same gesprekken in the same
 * run; p50/p95 over RUNS runs after a warm-up. Also times the one-off measuring of the waits and
 * storing of the XLA days, and the XLA report judged from the gesprekken as it was before the days
 * were stored (OUDE_RUNS runs).
 */
export async function run(): Promise<void> {
  console.log(
    `\nrapportage: ${GESPREKKEN.toLocaleString('nl-NL')} afgesloten gesprekken in 2026, p50/p95 over ${RUNS} keer, doel < ${DOEL_MS} ms`,
  );
  // BENCH_DATABASE=PostgreSQL (or PGlite) runs one of the two: a million rows take a while to generate.
  const alleen = process.env.BENCH_DATABASE;
  for (const target of (await benchDatabases()).filter((t) => !alleen || t.name === alleen)) {
    const database = target.name === 'PGlite' ? await pgliteOpDisk() : await target.open();
    try {
      const db = database.db;
      const teams = await Promise.all(['Team KCC 1', 'Team KCC 2', 'Team KCC 3', 'Team KCC 4'].map((naam) => ensureTeam(db, naam)));
      const mw = await createMedewerker(db, { gebruikersnaam: 'bench', naam: 'Bench Mark', rollen: ['kcc'], teams: ['Team KCC 1'] });
      let start = performance.now();
      await seedRapportage(
        db,
        GESPREKKEN,
        mw.actorId,
        teams.map((t) => t.id),
      );
      console.log(`  ${target.name}: genereren ${seconden(start)}`);
      start = performance.now();
      const gemeten = await meetWachttijden(db, kalender(werktijd, null));
      console.log(`  ${target.name}: wachttijden meten (eenmalig; daarna per afgesloten gesprek) ${gemeten} in ${seconden(start)}`);
      // What autovacuum does on a server and Loket's vacuum job on PGlite: fresh statistics and visibility.
      await sql`vacuum analyze`.execute(db);
      // The backfill the job does after the migration (a month per run; here the whole year at once).
      start = performance.now();
      const dagen = await bewaarXlaAchterstand(db, NU, 1000);
      console.log(`  ${target.name}: xla-dagen bewaren (eenmalig; daarna per dag) ${dagen} dagen in ${seconden(start)}`);
      await sql`vacuum analyze`.execute(db);

      const jaar = ['2026-01-01', '2026-12-31'] as const;
      const kaal = await runs(() =>
        sql`select count(*) from gesprek where afgesloten_op >= '2025-12-31T23:00:00Z' and afgesloten_op < '2026-12-31T23:00:00Z'`.execute(
          db,
        ),
      );
      const normen = await runs(() => getServicenormen(db, werktijd, ...jaar, NU));
      const xla = await runs(() => getXla(db, ...jaar, 'kanaal', NU));
      const xlaWeek = await runs(() => getXla(db, ...jaar, 'week', NU));
      const { begin, eind } = periode(...jaar);
      const oud = await runs(() => xlaSommenUitGesprekken(db, begin, eind, NU, 'kanaal'), OUDE_RUNS);
      const regel = (naam: string, t: { p50: number; p95: number }) =>
        `  ${target.name.padEnd(10)} ${naam.padEnd(22)} p50 ${t.p50.toFixed(0).padStart(6)} ms  p95 ${t.p95.toFixed(0).padStart(6)} ms  (${(t.p50 / kaal.p50).toFixed(1)}× count(*))${naam === 'count(*)' || t.p95 < DOEL_MS ? '' : '  BOVEN doel'}`;
      console.log(regel('count(*)', kaal));
      console.log(regel('servicenormen (jaar)', normen));
      console.log(regel('xla per kanaal (jaar)', xla));
      console.log(regel('xla per week (jaar)', xlaWeek));
      console.log(regel('xla zonder dagen (oud)', oud));
      console.log(`  ${target.name.padEnd(10)} xla per kanaal: ${(oud.p50 / xla.p50).toFixed(0)}× sneller dan zonder bewaarde dagen (p50)`);
      console.log(`  load average ${load()}`);
    } finally {
      await database.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
