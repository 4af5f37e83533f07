import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';

export interface XlaRij {
  kanaal: string;
  onderwerp: string | null;
  team: string | null;
  afgesloten_op: Date | string;
  tevredenheid: number | null;
  vervolgcontact: boolean | null;
  herhaalcontact: boolean;
  verzoek_id: string | null;
  verzoek_contacten: number | string;
  verzoek_kanalen: number | string;
}

/**
 * One row per gesprek closed in [van, tot): its channel, topic (the klantcontact's, by the
 * classifier or the agent's wrap-up), team, survey score, and whether the same partij made
 * another klantcontact on the same topic (any channel) in the 168 hours before its start or
 * after its closing. After-contacts are judged only once the 168 hours are over at `nu`. The
 * lookups use klantcontact_onderwerp's (partij_id, categorie, plaatsgevonden_op) index.
 */
export async function xlaContacten(db: Db, van: Date, tot: Date, nu: Date): Promise<XlaRij[]> {
  const result = await sql<XlaRij>`
    select g.kanaal, ko.categorie as onderwerp, t.naam as team, g.afgesloten_op, e.tevredenheid,
      case when g.partij_id is null or ko.categorie is null or g.afgesloten_op + interval '168 hours' > ${nu} then null
        else exists (
          select 1 from klantcontact_onderwerp k2
          where k2.partij_id = g.partij_id and k2.categorie = ko.categorie and k2.klantcontact_id <> g.klantcontact_id
            and k2.plaatsgevonden_op > g.afgesloten_op and k2.plaatsgevonden_op <= g.afgesloten_op + interval '168 hours')
      end as vervolgcontact,
      (g.partij_id is not null and ko.categorie is not null and exists (
          select 1 from klantcontact_onderwerp k2
          where k2.partij_id = g.partij_id and k2.categorie = ko.categorie and k2.klantcontact_id <> g.klantcontact_id
            and k2.plaatsgevonden_op >= g.gestart_op - interval '168 hours' and k2.plaatsgevonden_op < g.gestart_op)) as herhaalcontact,
      v.verzoek_id,
      coalesce(v.contacten, 0) as verzoek_contacten,
      coalesce(v.kanalen, 0) as verzoek_kanalen
    from gesprek g
    left join klantcontact k on k.id = g.klantcontact_id
    left join klantcontact_onderwerp ko on ko.klantcontact_id = g.klantcontact_id
    left join team t on t.id = g.team_id
    left join enquete e on e.gesprek_id = g.id and e.beantwoord_op is not null
    left join lateral (
      select vk.verzoek_id, count(*) as contacten, count(distinct vk.kanaal) as kanalen
      from klantcontact vk
      where vk.verzoek_id = coalesce(k.verzoek_id, g.verzoek_id)
      group by vk.verzoek_id
    ) v on true
    where g.afgesloten_op >= ${van} and g.afgesloten_op < ${tot}`.execute(db);
  return result.rows;
}
