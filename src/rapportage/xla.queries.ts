import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/transaction.ts';
import { TIJDZONE } from '../platform/local-day.ts';

/** Sums per group; xla.ts turns them into shares and means. */
/** How the XLA report groups its figures. */
export type XlaIndeling = 'kanaal' | 'onderwerp' | 'team' | 'week';

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

function groepVan(per: XlaIndeling): RawBuilder<string> {
  if (per === 'onderwerp') return sql`coalesce(ko.categorie, ${ZONDER_ONDERWERP})`;
  if (per === 'team') return sql`coalesce(t.naam, ${ZONDER_TEAM})`;
  // Monday of the Amsterdam week in which the gesprek closed.
  if (per === 'week') return sql`to_char(date_trunc('week', g.afgesloten_op at time zone ${TIJDZONE}), 'YYYY-MM-DD')`;
  return sql`g.kanaal`;
}

/**
 * Per group of the gesprekken closed in [van, tot): one row per gesprek is judged in SQL and only
 * the sums leave the database. Per gesprek: its topic (the klantcontact's, by the classifier or
 * the agent's wrap-up), team, survey score, and whether the same partij made another
 * klantcontact on the same topic (any channel) in the 168 hours before its start or after its
 * closing. After-contacts are judged only once the 168 hours are over at `nu`. The lookups use
 * klantcontact_onderwerp's (partij_id, categorie, plaatsgevonden_op) index; the effort per
 * verzoek is counted once per distinct verzoek of a group.
 */
export async function xlaSommen(db: Db, van: Date, tot: Date, nu: Date, per: XlaIndeling): Promise<XlaGroepSommen[]> {
  const result = await sql<XlaGroepSommen>`
    with rij as (
      select ${groepVan(per)} as groep, e.tevredenheid, coalesce(k.verzoek_id, g.verzoek_id) as verzoek_id,
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
      where g.afgesloten_op >= ${van} and g.afgesloten_op < ${tot}
    ),
    groepen as (
      select groep, count(*)::int as contacten, count(tevredenheid)::int as enquetes,
        coalesce(sum(tevredenheid), 0)::int as som_tevredenheid, (count(*) filter (where tevredenheid >= 4))::int as tevreden,
        count(vervolgcontact)::int as fcr_basis, (count(*) filter (where not vervolgcontact))::int as opgelost,
        (count(*) filter (where herhaalcontact))::int as herhaalcontacten
      from rij group by groep
    ),
    inspanning as (
      select r.groep, count(*)::int as verzoeken, sum(v.contacten)::int as verzoek_contacten, sum(v.kanalen)::int as verzoek_kanalen
      from (select distinct groep, verzoek_id from rij where verzoek_id is not null) r
      cross join lateral (
        select count(*) as contacten, count(distinct vk.kanaal) as kanalen from klantcontact vk where vk.verzoek_id = r.verzoek_id
      ) v
      -- A verzoek none of whose klantcontacten exist (only the gesprek names it) is not counted.
      where v.contacten > 0
      group by r.groep
    )
    select g.*, coalesce(i.verzoeken, 0) as verzoeken, coalesce(i.verzoek_contacten, 0) as verzoek_contacten,
      coalesce(i.verzoek_kanalen, 0) as verzoek_kanalen
    from groepen g left join inspanning i on i.groep = g.groep`.execute(db);
  return result.rows;
}
