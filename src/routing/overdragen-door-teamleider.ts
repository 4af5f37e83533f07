import { sql } from 'kysely';
import { inTransaction, type Db } from '../db/transaction.ts';
import { defineError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { GesprekNotOpenForAssignment, takeOrTransfer } from './assignment.ts';

export const CollegaNietBeschikbaar = defineError(
  'LOKET_COLLEGA_NIET_BESCHIKBAAR',
  409,
  'Die collega is niet beschikbaar of zit niet in het team van deze medewerker.',
  'That colleague is not available or not in this medewerker’s team.',
);

/**
 * The colleagues a team lead may hand this agent's gesprekken to: available now by the app's clock,
 * kcc or team lead, and sharing a team with the agent (anyone available when she has no team).
 */
export async function beschikbareTeamgenoten(db: Db, medewerkerId: string, now: Date) {
  const rows = await sql<{ id: string; naam: string }>`
    select m.id, m.naam
      from medewerker m
      join aanwezigheid a on a.medewerker_id = m.id
     where m.actief and m.id <> ${medewerkerId}
       and (m.rollen ? 'kcc' or m.rollen ? 'teamleider')
       and a.status = 'beschikbaar' and a.aanwezig_tot > ${now}::timestamptz
       and (not exists (select 1 from team_lid t where t.medewerker_id = ${medewerkerId})
            or exists (select 1 from team_lid mine join team_lid theirs on theirs.team_id = mine.team_id
                        where mine.medewerker_id = ${medewerkerId} and theirs.medewerker_id = m.id))
     order by m.naam, m.id`.execute(db);
  return rows.rows;
}

/** An agent's active gesprekken as the team overview lists them: ids, channel and times, nothing about the citizen. */
export async function actieveGesprekkenVan(db: Db, medewerkerId: string) {
  return db
    .selectFrom('gesprek')
    .select(['id', 'kanaal', 'status', 'gestart_op', 'wacht_sinds'])
    .where('toegewezen_aan', '=', medewerkerId)
    .where('status', 'in', ['toegewezen', 'wacht_op_klant'])
    .orderBy('gestart_op')
    .orderBy('id')
    .execute();
}

/**
 * A team lead hands one of an agent's gesprekken to a named colleague. The colleague must be
 * available in the agent's team at this moment; the hand-over itself is the agents' own transfer
 * (locked, logged, and announced to every desktop, the colleague's included).
 */
export async function draagGesprekOver(db: Db, ctx: RequestContext, gesprekId: string, naarId: string, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const gesprek = await trx
      .selectFrom('gesprek')
      .select(['toegewezen_aan', 'status'])
      .where('id', '=', gesprekId)
      .forUpdate()
      .executeTakeFirst();
    if (!gesprek || gesprek.status === 'afgehandeld' || !gesprek.toegewezen_aan) throw GesprekNotOpenForAssignment();
    const kandidaten = await beschikbareTeamgenoten(trx, gesprek.toegewezen_aan, now);
    if (!kandidaten.some((k) => k.id === naarId)) throw CollegaNietBeschikbaar();
    await takeOrTransfer(trx, ctx, gesprekId, { medewerkerId: naarId });
  });
}
