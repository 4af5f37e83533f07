import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/transaction.ts';
import { TIJDZONE } from '../platform/local-day.ts';

/** How the XLA report groups its figures. */
export type XlaIndeling = 'kanaal' | 'onderwerp' | 'team' | 'week';

/** Sums per group; xla.ts turns them into shares and means. */
export interface XlaGroepSommen {
  groep: string;
  contacten: number;
  enquetes: number;
  som_tevredenheid: number;
  tevreden: number;
  fcr_basis: number;
  opgelost: number;
  herhaalcontacten: number;
  verzoeken: number;
  verzoek_contacten: number;
  verzoek_kanalen: number;
}

export const ZONDER_ONDERWERP = 'onbekend';
export const ZONDER_TEAM = 'geen team';

/** The group of a row with the columns dag, kanaal, onderwerp and team_naam (a judged gesprek or a stored day). */
function groepVan(per: XlaIndeling, r: string): RawBuilder<string> {
  const kolom = (naam: string) => sql.ref(`${r}.${naam}`);
  if (per === 'onderwerp') return sql`coalesce(${kolom('onderwerp')}, ${ZONDER_ONDERWERP})`;
  if (per === 'team') return sql`coalesce(${kolom('team_naam')}, ${ZONDER_TEAM})`;
  // Monday of the Amsterdam week in which the gesprek closed.
  if (per === 'week') return sql`to_char(date_trunc('week', ${kolom('dag')}::timestamp), 'YYYY-MM-DD')`;
  return sql`${kolom('kanaal')}`;
}

/**
 * One row per gesprek closed where `bereik` holds, judged: its Amsterdam day, channel, topic (the
 * klantcontact's, by the classifier or the agent's wrap-up), team, survey score, verzoek, and
 * whether the same partij made another klantcontact on the same topic (any channel) in the 168
 * hours before its start (herhaalcontact) or after its closing (vervolgcontact; null until the
 * 168 hours are over at `nu`, or without partij or topic). The lookups use
 * klantcontact_onderwerp's (partij_id, categorie, plaatsgevonden_op) index.
 */
function beoordeeld(bereik: RawBuilder<boolean>, nu: Date) {
  return sql`
    select (g.afgesloten_op at time zone ${TIJDZONE})::date as dag, g.kanaal, ko.categorie as onderwerp, g.team_id, t.naam as team_naam,
      e.tevredenheid, coalesce(k.verzoek_id, g.verzoek_id) as verzoek_id,
      case when g.partij_id is null or ko.categorie is null or g.afgesloten_op + interval '168 hours' > ${nu} then null
        else exists (
          select 1 from klantcontact_onderwerp k2
          where k2.partij_id = g.partij_id and k2.categorie = ko.categorie and k2.klantcontact_id <> g.klantcontact_id
            and k2.plaatsgevonden_op > g.afgesloten_op and k2.plaatsgevonden_op <= g.afgesloten_op + interval '168 hours')
      end as vervolgcontact,
      (g.partij_id is not null and ko.categorie is not null and exists (
          select 1 from klantcontact_onderwerp k2
          where k2.partij_id = g.partij_id and k2.categorie = ko.categorie and k2.klantcontact_id <> g.klantcontact_id
            and k2.plaatsgevonden_op >= g.gestart_op - interval '168 hours' and k2.plaatsgevonden_op < g.gestart_op)) as herhaalcontact
    from gesprek g
    left join klantcontact k on k.id = g.klantcontact_id
    left join klantcontact_onderwerp ko on ko.klantcontact_id = g.klantcontact_id
    left join team t on t.id = g.team_id
    left join enquete e on e.gesprek_id = g.id and e.beantwoord_op is not null
    where g.afgesloten_op is not null and (${bereik})`;
}

/** The sums of judged rows `r`, by the given grouping columns. */
const sommen = (r: string) => sql`
  count(*)::int as contacten, count(${sql.ref(`${r}.tevredenheid`)})::int as enquetes,
  coalesce(sum(${sql.ref(`${r}.tevredenheid`)}), 0)::int as som_tevredenheid,
  (count(*) filter (where ${sql.ref(`${r}.tevredenheid`)} >= 4))::int as tevreden,
  count(${sql.ref(`${r}.vervolgcontact`)})::int as fcr_basis, (count(*) filter (where not ${sql.ref(`${r}.vervolgcontact`)}))::int as opgelost,
  (count(*) filter (where ${sql.ref(`${r}.herhaalcontact`)}))::int as herhaalcontacten`;

/** Per distinct verzoek of judged rows `r` (grouped by `groep`): its klantcontacten and their distinct channels. */
const verzoekInspanning = (groep: RawBuilder<unknown>) => sql`
  select r.*, v.contacten::int as contacten, v.kanalen::int as kanalen
  from (select distinct ${groep}, verzoek_id from rij where verzoek_id is not null) r
  cross join lateral (
    select count(*) as contacten, count(distinct vk.kanaal) as kanalen from klantcontact vk where vk.verzoek_id = r.verzoek_id
  ) v
  -- A verzoek none of whose klantcontacten exist (only the gesprek names it) is not counted.
  where v.contacten > 0`;

/**
 * Stores the figures of these Amsterdam days (closed in `reeksen`, [van, tot) in UTC) in xla_dag
 * and xla_dag_verzoek, replacing what was there, and marks them stored. Only for days whose every
 * gesprek is judged at `nu` (their 168 hours are over), so what is stored holds at any later time.
 */
export async function bewaarXlaDagen(
  db: Db,
  dagen: readonly string[],
  reeksen: readonly { van: Date; tot: Date }[],
  nu: Date,
): Promise<void> {
  if (dagen.length === 0) return;
  const bereik = sql.join<boolean>(
    reeksen.map((r) => sql`(g.afgesloten_op >= ${r.van} and g.afgesloten_op < ${r.tot})`),
    sql` or `,
  );
  await db.deleteFrom('xla_dag').where('dag', 'in', dagen).execute();
  await db.deleteFrom('xla_dag_verzoek').where('dag', 'in', dagen).execute();
  await sql`
    with rij as (${beoordeeld(bereik, nu)}),
    dag as (
      insert into xla_dag (dag, kanaal, onderwerp, team_id, contacten, enquetes, som_tevredenheid, tevreden, fcr_basis, opgelost, herhaalcontacten)
      select rij.dag, rij.kanaal, rij.onderwerp, rij.team_id, ${sommen('rij')} from rij group by 1, 2, 3, 4
    )
    insert into xla_dag_verzoek (dag, kanaal, onderwerp, team_id, verzoek_id, contacten, kanalen)
    select dag, kanaal, onderwerp, team_id, verzoek_id, contacten, kanalen
    from (${verzoekInspanning(sql`dag, kanaal, onderwerp, team_id`)}) v`.execute(db);
  await db
    .insertInto('xla_dag_geteld')
    .values(dagen.map((dag) => ({ dag })))
    .onConflict((oc) => oc.column('dag').doNothing())
    .execute();
}

/** The stored days in [van, tot] (YYYY-MM-DD). */
export async function bewaardeXlaDagen(db: Db, van: string, tot: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('xla_dag_geteld')
    .select(sql<string>`dag::text`.as('dag'))
    .where('dag', '>=', van)
    .where('dag', '<=', tot)
    .execute();
  return new Set(rows.map((r) => r.dag));
}

/** The Amsterdam day of the first closed gesprek, if any (through gesprek_afgesloten_idx). */
export async function eersteAfsluitdag(db: Db): Promise<string | undefined> {
  const row = await sql<{ dag: string | null }>`
    select ((select min(afgesloten_op) from gesprek where afgesloten_op is not null) at time zone ${TIJDZONE})::date::text as dag`.execute(
    db,
  );
  return row.rows[0]?.dag ?? undefined;
}

/**
 * Per group: the stored days [vanDag, grensDag) from xla_dag and xla_dag_verzoek, and the
 * gesprekken closed in [grens, eind) judged now (the days not stored: their 168 hours are not
 * over yet). Only the sums leave the database; the effort per verzoek counts a verzoek once per
 * group over both parts.
 */
export async function xlaSommen(
  db: Db,
  p: { vanDag: string; grensDag: string; grens: Date; eind: Date; nu: Date; per: XlaIndeling },
): Promise<XlaGroepSommen[]> {
  const { per } = p;
  const result = await sql<XlaGroepSommen>`
    with rij as (${beoordeeld(sql`g.afgesloten_op >= ${p.grens} and g.afgesloten_op < ${p.eind}`, p.nu)}),
    bewaard as (
      select x.*, t.naam as team_naam from xla_dag x left join team t on t.id = x.team_id
      where x.dag >= ${p.vanDag}::date and x.dag < ${p.grensDag}::date
    ),
    deel as (
      select ${groepVan(per, 'rij')} as groep, ${sommen('rij')} from rij group by 1
      union all
      select ${groepVan(per, 'b')}, sum(b.contacten), sum(b.enquetes), sum(b.som_tevredenheid), sum(b.tevreden), sum(b.fcr_basis),
        sum(b.opgelost), sum(b.herhaalcontacten)
      from bewaard b group by 1
    ),
    groepen as (
      select groep, sum(contacten)::int as contacten, sum(enquetes)::int as enquetes, sum(som_tevredenheid)::int as som_tevredenheid,
        sum(tevreden)::int as tevreden, sum(fcr_basis)::int as fcr_basis, sum(opgelost)::int as opgelost,
        sum(herhaalcontacten)::int as herhaalcontacten
      from deel group by groep
    ),
    verzoek as (
      select groep, verzoek_id, max(contacten) as contacten, max(kanalen) as kanalen from (
        select groep, verzoek_id, contacten, kanalen from (${verzoekInspanning(sql`${groepVan(per, 'rij')} as groep`)}) v
        union all
        select ${groepVan(per, 'x')}, x.verzoek_id, x.contacten, x.kanalen
        from (select xv.*, t.naam as team_naam from xla_dag_verzoek xv left join team t on t.id = xv.team_id
              where xv.dag >= ${p.vanDag}::date and xv.dag < ${p.grensDag}::date) x
      ) u group by groep, verzoek_id
    ),
    inspanning as (
      select groep, count(*)::int as verzoeken, sum(contacten)::int as verzoek_contacten, sum(kanalen)::int as verzoek_kanalen
      from verzoek group by groep
    )
    select g.*, coalesce(i.verzoeken, 0) as verzoeken, coalesce(i.verzoek_contacten, 0) as verzoek_contacten,
      coalesce(i.verzoek_kanalen, 0) as verzoek_kanalen
    from groepen g left join inspanning i on i.groep = g.groep`.execute(db);
  return result.rows;
}

/** The same sums judged from the gesprekken alone, with nothing stored: the reference the stored days are tested against. */
export async function xlaSommenUitGesprekken(db: Db, begin: Date, eind: Date, nu: Date, per: XlaIndeling): Promise<XlaGroepSommen[]> {
  return xlaSommen(db, { vanDag: '1970-01-01', grensDag: '1970-01-01', grens: begin, eind, nu, per });
}
