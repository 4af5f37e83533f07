import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { plaatsTeamInAfdeling } from '../src/afdelingen/afdelingen.service.ts';
import { createMedewerker } from '../src/auth/medewerkers.service.ts';
import { ensureTeam } from '../src/auth/teams.ts';
import { loadConfig } from '../src/config.ts';
import { systemContext } from '../src/platform/system-context.ts';
import { getWerklijst } from '../src/tasks/werklijst.service.ts';
import { benchDatabases } from './bench-databases.ts';

const TAKEN = Number(process.env.BENCH_TAKEN ?? 10_000);
const TEAMS = 16;
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
/** Issue 15: the first page of the werklijst within 100 ms (p95) at this size. */
const DOEL_MS = 100;

const kwantiel = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)]!;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function measure(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await work(); // warm-up: prepared plans, caches
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { p50: kwantiel(samples, 0.5), p95: kwantiel(samples, 0.95) };
}

/**
 * The werklijst's first page (GET /api/interne-taken without HTTP: the service with deadlines in
 * working days, ordering and the processing log) over 10,000 open tasks spread over 16 teams in
 * 4 afdelingen, against a bare SELECT of the same team's first page, same database, same run.
 */
export async function run(): Promise<void> {
  console.log(`\nwerklijst: ${TAKEN} open taken over ${TEAMS} teams, eerste pagina (50), p95 over ${RUNS} keer`);
  for (const target of await benchDatabases()) {
    const database = await target.open();
    try {
      const db = database.db;
      const teams = [];
      for (let i = 0; i < TEAMS; i++) {
        const team = await ensureTeam(db, `Team ${i + 1}`);
        await plaatsTeamInAfdeling(db, team.id, `Afdeling ${(i % 4) + 1}`);
        teams.push(team);
      }
      const mij = await createMedewerker(db, { gebruikersnaam: 'bench', naam: 'Bench Mark', rollen: ['backoffice'], teams: ['Team 1'] });
      const kc = await db
        .insertInto('klantcontact')
        .values({ kanaal: 'balie', onderwerp: 'Bench' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const actors = teams.map((t) => t.actor_id);
      await sql`
        with nieuw as (
          insert into interne_taak (gevraagde_handeling, klantcontact_id, toelichting, toegewezen_op)
          select 'Taak ' || g, ${kc.id}::uuid, 'Terugbellen', now() - (g % 30) * interval '1 day'
          from generate_series(1, ${TAKEN}) g
          returning id, nummer
        )
        insert into interne_taak_actor (interne_taak_id, actor_id)
        select id, (${sql.val(actors)}::uuid[])[(nummer::bigint % ${TEAMS}) + 1] from nieuw`.execute(db);
      await sql`analyze`.execute(db);

      const ctx = systemContext('benchmark', mij.actorId);
      const deps = { werktijd: loadConfig({}).werktijd, now: new Date() };
      const team1 = teams[0]!.actor_id;
      const kaal = await measure(() =>
        sql`select it.* from interne_taak it join interne_taak_actor a on a.interne_taak_id = it.id where a.actor_id = ${team1} and it.status = 'te_verwerken' order by it.toegewezen_op limit 50`.execute(
          db,
        ),
      );
      const team = await measure(() => getWerklijst(db, ctx, { voor: 'team', limit: 50 }, deps));
      const afdeling = await measure(() => getWerklijst(db, ctx, { voor: 'afdeling', limit: 50 }, deps));
      const oordeel = (t: { p95: number }) => (t.p95 < DOEL_MS ? 'binnen doel' : `BOVEN doel ${DOEL_MS} ms`);
      const regel = (t: { p50: number; p95: number }) => `p50 ${t.p50.toFixed(1)} ms p95 ${t.p95.toFixed(1)} ms`;
      console.log(
        `  ${target.name.padEnd(10)} kale SELECT ${regel(kaal)}   voor=team ${regel(team)} (${(team.p95 / kaal.p95).toFixed(1)}×, ${oordeel(team)})   voor=afdeling ${regel(afdeling)} (${(afdeling.p95 / kaal.p95).toFixed(1)}×, ${oordeel(afdeling)})   load average ${load()}`,
      );
    } finally {
      await database.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
