import { sql, type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';

export interface KwaliteitFilter {
  van?: string | undefined;
  tot?: string | undefined;
  medewerkerId?: string | undefined;
  teamId?: string | undefined;
}

/** `van` and `tot` are whole days (UTC); `tot` is included. */
export function periode(filter: { van?: string | undefined; tot?: string | undefined }) {
  return {
    from: filter.van ? new Date(`${filter.van}T00:00:00Z`) : undefined,
    until: filter.tot ? new Date(new Date(`${filter.tot}T00:00:00Z`).getTime() + 86_400_000) : undefined,
  };
}

type Scope = SelectQueryBuilder<Database, 'gesprek_analyse' | 'gesprek', object>;

/** The stored analyses of the gesprekken started in the period, of the agent or team asked for. */
export function inScope(db: Db, filter: KwaliteitFilter): Scope {
  let query = db.selectFrom('gesprek_analyse').innerJoin('gesprek', 'gesprek.id', 'gesprek_analyse.gesprek_id') as Scope;
  const { from, until } = periode(filter);
  if (from) query = query.where('gesprek.gestart_op', '>=', from);
  if (until) query = query.where('gesprek.gestart_op', '<', until);
  if (filter.medewerkerId) query = query.where('gesprek_analyse.medewerker_id', '=', filter.medewerkerId);
  if (filter.teamId) {
    const teamId = filter.teamId;
    query = query.where('gesprek_analyse.medewerker_id', 'in', (eb) =>
      eb.selectFrom('team_lid').select('medewerker_id').where('team_id', '=', teamId),
    );
  }
  return query;
}

/** The figures every grouping reports; counts come back from PostgreSQL as strings, hence Number(). */
export function figures(eb: ExpressionBuilder<Database, 'gesprek_analyse' | 'gesprek'>) {
  return [
    eb.fn.countAll<string>().as('gesprekken'),
    sql<string>`count(*) filter (where gesprek_analyse.kanaal = 'telefoon')`.as('telefoon'),
    sql<string>`count(*) filter (where gesprek_analyse.overtredingen > 0)`.as('met_overtreding'),
    sql<string>`coalesce(sum(gesprek_analyse.overtredingen), 0)`.as('overtredingen'),
    sql<string>`coalesce(sum(gesprek_analyse.aantal_stiltes), 0)`.as('stiltes'),
    sql<string>`coalesce(sum(gesprek_analyse.stilte_seconden), 0)`.as('stilte_seconden'),
    sql<string>`coalesce(sum(gesprek_analyse.aantal_zinnen), 0)`.as('zinnen'),
  ] as const;
}

export interface FigureRow {
  gesprekken: string | number;
  telefoon: string | number;
  met_overtreding: string | number;
  overtredingen: string | number;
  stiltes: string | number;
  stilte_seconden: string | number;
  zinnen: string | number;
}

export function toFigures(row: FigureRow) {
  const gesprekken = Number(row.gesprekken);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    gesprekken,
    telefoongesprekken: Number(row.telefoon),
    chats: gesprekken - Number(row.telefoon),
    metOvertreding: Number(row.met_overtreding),
    overtredingen: Number(row.overtredingen),
    stiltes: Number(row.stiltes),
    stiltesPerGesprek: gesprekken === 0 ? 0 : round(Number(row.stiltes) / gesprekken),
    stilteSeconden: round(Number(row.stilte_seconden)),
    zinAlerts: Number(row.zinnen),
  };
}
