import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';

export type TijdlijnSoort = 'klantcontact' | 'gesprek' | 'interne_taak' | 'verzoek';

export interface TijdlijnRow {
  soort: TijdlijnSoort;
  id: string;
  tijdstip: Date;
  kanaal: string | null;
  titel: string;
  samenvatting: string | null;
  verzoek_id: string | null;
  gesprek_id: string | null;
  status: string | null;
  /** Zaken linked to a klantcontact (onderwerpobject zgw-Zaak), as they read when linked. */
  zaken: { objectId: string; identificatie: string | null; omschrijving: string | null }[];
}

export interface TijdlijnPage {
  partijId: string;
  limit: number;
  ascending: boolean;
  after?: { tijdstip: string; soort: string; id: string } | undefined;
}

/**
 * Everything that happened with one partij, across channels, as one keyset-paged list.
 * A gesprek that has its klantcontact shows once, as that klantcontact (with its gesprek id).
 */
export async function tijdlijnRows(db: Db, page: TijdlijnPage): Promise<TijdlijnRow[]> {
  const { partijId } = page;
  const direction = page.ascending ? sql`asc` : sql`desc`;
  const compare = page.ascending ? sql`>` : sql`<`;
  const cursor = page.after
    ? sql`where (t.tijdstip, t.soort, t.id::text) ${compare} (${page.after.tijdstip}::timestamptz, ${page.after.soort}, ${page.after.id})`
    : sql``;
  const result = await sql<TijdlijnRow>`
    select * from (
      select 'klantcontact' as soort, k.id, k.plaatsgevonden_op as tijdstip, k.kanaal, k.onderwerp as titel,
             left(k.inhoud, 280) as samenvatting, k.verzoek_id,
             (select g.id from gesprek g where g.klantcontact_id = k.id limit 1) as gesprek_id,
             case when k.indicatie_contact_gelukt is false then 'niet_gelukt' else null end as status,
             (select coalesce(json_agg(json_build_object('objectId', o.object_id, 'identificatie', o.identificatie, 'omschrijving', o.omschrijving) order by o.id), '[]'::json)
                from onderwerpobject o where o.klantcontact_id = k.id and o.code_objecttype = 'zgw-Zaak') as zaken
        from klantcontact k
       where exists (select 1 from betrokkene b where b.klantcontact_id = k.id and b.partij_id = ${partijId})
      union all
      select 'gesprek', g.id, g.gestart_op, g.kanaal, coalesce(g.onderwerp, ''),
             (select left(m.inhoud, 280) from bericht m where m.gesprek_id = g.id and m.richting <> 'notitie' order by m.verzonden_op desc limit 1),
             g.verzoek_id, g.id, g.status, '[]'::json
        from gesprek g
       where g.partij_id = ${partijId} and g.klantcontact_id is null
      union all
      select 'interne_taak', t.id, t.toegewezen_op, k.kanaal, t.gevraagde_handeling, left(t.toelichting, 280), k.verzoek_id, null, t.status, '[]'::json
        from interne_taak t join klantcontact k on k.id = t.klantcontact_id
       where exists (select 1 from betrokkene b where b.klantcontact_id = k.id and b.partij_id = ${partijId})
      union all
      select 'verzoek', v.id, v.aangemaakt_op, null, v.onderwerp, left(v.omschrijving, 280), v.id, null, v.status, '[]'::json
        from verzoek v
       where v.partij_id = ${partijId}
    ) t
    ${cursor}
    order by t.tijdstip ${direction}, t.soort ${direction}, t.id ${direction}
    limit ${page.limit + 1}`.execute(db);
  return result.rows;
}
