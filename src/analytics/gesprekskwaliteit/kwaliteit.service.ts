import { sql } from 'kysely';
import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { logVerwerking } from '../../platform/verwerkingslog.ts';
import { findAnalyse } from './analyse.queries.ts';
import { AnalyseNotFound } from './analyse.errors.ts';
import { loadBron, verwerkteObjecten } from './bron.ts';
import { figures, inScope, toFigures, type KwaliteitFilter } from './kwaliteit.queries.ts';

const MAX_GESPREKKEN = 200;
const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * The team lead's quality view: per agent, per team and per week, how many calls and chats broke
 * the verification rule, how many silences and phrase alerts there were; and the gesprekken
 * behind it. Read from the stored analyses only. Aggregates of the team's own work, no citizens.
 */
export async function kwaliteitsRapport(db: Db, filter: KwaliteitFilter) {
  const perMedewerker = await inScope(db, filter)
    .leftJoin('medewerker', 'medewerker.id', 'gesprek_analyse.medewerker_id')
    .select((eb) => ['gesprek_analyse.medewerker_id', 'medewerker.naam', ...figures(eb)])
    .groupBy(['gesprek_analyse.medewerker_id', 'medewerker.naam'])
    .orderBy('medewerker.naam')
    .execute();
  const perTeam = await inScope(db, filter)
    .innerJoin('team_lid', 'team_lid.medewerker_id', 'gesprek_analyse.medewerker_id')
    .innerJoin('team', 'team.id', 'team_lid.team_id')
    .select((eb) => ['team.id', 'team.naam', ...figures(eb)])
    .$if(filter.teamId !== undefined, (q) => q.where('team.id', '=', filter.teamId!))
    .groupBy(['team.id', 'team.naam'])
    .orderBy('team.naam')
    .execute();
  const week = sql<Date | string>`date_trunc('week', gesprek.gestart_op)`;
  const trend = await inScope(db, filter)
    .select((eb) => [week.as('week'), ...figures(eb)])
    .groupBy(week)
    .orderBy(week)
    .execute();
  const gesprekken = await inScope(db, filter)
    .select([
      'gesprek.id',
      'gesprek.kanaal',
      'gesprek.gestart_op',
      'gesprek_analyse.medewerker_id',
      'gesprek_analyse.overtredingen',
      'gesprek_analyse.aantal_stiltes',
      'gesprek_analyse.aantal_zinnen',
      'gesprek_analyse.geanalyseerd_op',
    ])
    .where((eb) => eb.or([eb('gesprek_analyse.overtredingen', '>', 0), eb('gesprek_analyse.aantal_zinnen', '>', 0)]))
    .orderBy('gesprek.gestart_op', 'desc')
    .limit(MAX_GESPREKKEN)
    .execute();
  return {
    medewerkers: perMedewerker.map((r) => ({ medewerkerId: r.medewerker_id, naam: r.naam, ...toFigures(r) })),
    teams: perTeam.map((r) => ({ teamId: r.id, naam: r.naam, ...toFigures(r) })),
    trend: trend.map((r) => ({ week: iso(r.week).slice(0, 10), ...toFigures(r) })),
    gesprekken: gesprekken.map((g) => ({
      gesprekId: g.id,
      kanaal: g.kanaal,
      gestartOp: iso(g.gestart_op),
      medewerkerId: g.medewerker_id,
      overtredingen: g.overtredingen,
      stiltes: g.aantal_stiltes,
      zinAlerts: g.aantal_zinnen,
      geanalyseerdOp: iso(g.geanalyseerd_op),
    })),
  };
}

type Vlag =
  | { soort: 'onthulling'; gegeven: string; voorVerificatie: boolean }
  | { soort: 'zin'; zin: string }
  | { soort: 'stilte_na'; seconden: number; artikelId: string | null }
  | { soort: 'geverifieerd' };

/** One gesprek's transcript with the stored findings marked on its segments; every view is logged. */
export async function kwaliteitGesprek(db: Db, ctx: RequestContext, gesprekId: string) {
  return inTransaction(db, async (trx) => {
    const analyse = await findAnalyse(trx, gesprekId);
    if (!analyse) throw AnalyseNotFound();
    const bron = await loadBron(trx, gesprekId);
    if (!bron) throw AnalyseNotFound();
    const vlaggen = new Map<number, Vlag[]>();
    const flag = (i: number, vlag: Vlag) => vlaggen.set(i, [...(vlaggen.get(i) ?? []), vlag]);
    for (const d of analyse.onthullingen) flag(d.segment, { soort: 'onthulling', gegeven: d.kind, voorVerificatie: d.beforeVerification });
    for (const z of analyse.zinnen) flag(z.segment, { soort: 'zin', zin: z.phrase });
    for (const s of analyse.stiltes)
      flag(s.afterSegment, { soort: 'stilte_na', seconden: Math.round((s.end - s.start) * 1000) / 1000, artikelId: s.artikelId });
    if (analyse.geverifieerd_bij_segment !== null) flag(analyse.geverifieerd_bij_segment, { soort: 'geverifieerd' });
    await logVerwerking(trx, ctx, {
      actieNaam: 'Transcript raadplegen (kwaliteit)',
      handelingNaam: 'Raadplegen',
      objecten: verwerkteObjecten(bron),
    });
    return {
      gesprekId,
      kanaal: bron.kanaal,
      medewerkerId: analyse.medewerker_id,
      geanalyseerdOp: iso(analyse.geanalyseerd_op),
      geverifieerdBijSegment: analyse.geverifieerd_bij_segment,
      overtredingen: analyse.overtredingen,
      stiltes: analyse.aantal_stiltes,
      zinAlerts: analyse.aantal_zinnen,
      segmenten: bron.segments.map((s, index) => ({ index, ...s, vlaggen: vlaggen.get(index) ?? [] })),
    };
  });
}
