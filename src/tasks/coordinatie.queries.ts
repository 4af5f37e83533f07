import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';

export interface OpenTaakRij {
  id: string;
  toegewezen_op: Date | string;
  uiterlijk_op: Date | string | null;
  afdeling_id: string | null;
  afdeling: string | null;
  openingstijden: Record<'zo' | 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za', string | null> | null;
  terugbeltermijn_werkdagen: number | null;
}

/**
 * Every open task with the team it lies with (the team it was sent to, else the first team of the
 * medewerker it was sent to, by name) and that team's afdeling.
 */
export async function openTakenMetAfdeling(db: Db): Promise<OpenTaakRij[]> {
  const result = await sql<OpenTaakRij>`
    select distinct on (it.id) it.id, it.toegewezen_op, it.uiterlijk_op, a.id as afdeling_id, a.naam as afdeling, t.openingstijden, t.terugbeltermijn_werkdagen
    from interne_taak it
    join interne_taak_actor ita on ita.interne_taak_id = it.id
    left join medewerker m on m.actor_id = ita.actor_id
    left join team_lid tl on tl.medewerker_id = m.id
    join team t on t.actor_id = ita.actor_id or t.id = tl.team_id
    left join afdeling a on a.id = t.afdeling_id
    where it.status = 'te_verwerken'
    order by it.id, (t.actor_id = ita.actor_id) desc, t.naam`.execute(db);
  return result.rows;
}
