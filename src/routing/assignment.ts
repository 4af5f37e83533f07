import { sql } from 'kysely';
import { overdragenNaBotStilte } from '../conversations/bot-beurt.ts';
import { legGesprekTerug, wijsGesprekToe, zetGesprekBijTeam } from '../conversations/gesprek-toewijzing.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { defineError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { capacityFor } from './service-levels.ts';

export const GesprekNotOpenForAssignment = defineError(
  'LOKET_GESPREK_NIET_TOEWIJSBAAR',
  409,
  'Dit gesprek is afgehandeld of al door een collega opgepakt.',
  'This gesprek is closed or already taken by a colleague.',
);
export const AssigneeUnknown = defineError(
  'LOKET_MEDEWERKER_OF_TEAM_ONBEKEND',
  400,
  'Die medewerker of dat team bestaat niet.',
  'That medewerker or team does not exist.',
);

/**
 * The available agent for a gesprek: present on its channel, with capacity left there, in the
 * gesprek's team when it has one; the agent who last helped this partij first, then the least busy.
 */
async function pickAgent(db: Db, gesprek: { id: string; kanaal: string; partij_id: string | null; team_id: string | null }, now: Date) {
  const capacity = capacityFor(gesprek.kanaal);
  const result = await sql<{ medewerker_id: string }>`
    select a.medewerker_id
      from aanwezigheid a
     where a.status = 'beschikbaar'
       and a.kanalen ? ${gesprek.kanaal}
       and a.aanwezig_tot > ${now}::timestamptz
       and (${gesprek.team_id}::uuid is null or exists (select 1 from team_lid tl where tl.medewerker_id = a.medewerker_id and tl.team_id = ${gesprek.team_id}))
       and (select count(*) from gesprek g where g.toegewezen_aan = a.medewerker_id and g.kanaal = ${gesprek.kanaal} and g.status in ('toegewezen', 'wacht_op_klant')) < ${capacity}
     order by
       (select max(g.gestart_op) from gesprek g where g.toegewezen_aan = a.medewerker_id and g.partij_id = ${gesprek.partij_id}) desc nulls last,
       (select count(*) from gesprek g where g.toegewezen_aan = a.medewerker_id and g.status in ('toegewezen', 'wacht_op_klant')) asc,
       a.gewijzigd_op asc
     limit 1
     for update of a skip locked`.execute(db);
  return result.rows[0]?.medewerker_id;
}

async function heeftRuimte(db: Db, medewerkerId: string, kanaal: string): Promise<boolean> {
  const { n } = await db
    .selectFrom('gesprek')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('toegewezen_aan', '=', medewerkerId)
    .where('kanaal', '=', kanaal)
    .where('status', 'in', ['toegewezen', 'wacht_op_klant'])
    .executeTakeFirstOrThrow();
  return Number(n) < capacityFor(kanaal);
}

/** Why a gesprek was not assigned: nobody present on its channel (and team) had room, or something else. */
type Toewijzing = { medewerkerId: string } | 'niemand-vrij' | 'niet-toewijsbaar';

/**
 * Assigns an open, unassigned gesprek to an available agent. The agent's presence row is locked
 * while capacity is counted and the assignment is a conditional update, so two Loket nodes can
 * never give one gesprek to two agents, nor one agent more than their capacity.
 */
export async function assignAutomatically(db: Db, gesprekId: string, now: Date): Promise<string | undefined> {
  const uitkomst = await probeerToeTeWijzen(db, gesprekId, now);
  return typeof uitkomst === 'object' ? uitkomst.medewerkerId : undefined;
}

async function probeerToeTeWijzen(db: Db, gesprekId: string, now: Date): Promise<Toewijzing> {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx
      .selectFrom('gesprek')
      .select(['id', 'kanaal', 'partij_id', 'team_id', 'status', 'toegewezen_aan', 'bot_modus', 'gesluimerd_tot'])
      .where('id', '=', gesprekId)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!gesprek || gesprek.status !== 'open' || gesprek.toegewezen_aan) return 'niet-toewijsbaar';
    // The bot answers this one first; it joins the queue when the bot hands it over.
    if (gesprek.bot_modus === 'actief') return 'niet-toewijsbaar';
    if (gesprek.gesluimerd_tot && new Date(gesprek.gesluimerd_tot) > now) return 'niet-toewijsbaar';
    const medewerkerId = await pickAgent(trx, gesprek, now);
    if (!medewerkerId) return 'niemand-vrij';
    // pickAgent counted her gesprekken as they were when its statement began. Another node may have
    // given her one and released her row since; now that this transaction holds it, a fresh count
    // sees that. Full: left for the next round rather than over capacity.
    if (!(await heeftRuimte(trx, medewerkerId, gesprek.kanaal))) return 'niet-toewijsbaar';
    await wijsGesprekToe(trx, gesprekId, medewerkerId, 'automatisch');
    return { medewerkerId };
  });
}

/** A citizen who waits this long on the bot is waiting on a bot that lost its turn. */
export const BOT_STILTE_SECONDS = 120;

/**
 * Assigns every waiting gesprek that an available agent can take, oldest first. A gesprek the bot
 * answers is left to the bot, unless its citizen has waited longer than BOT_STILTE_SECONDS.
 * Once nobody has room on a channel (for a team), the rest of that queue waits for the next
 * round: a round only fills agents, so trying each waiting gesprek again would find nobody either,
 * and at a long queue that cost a transaction per waiting citizen on every new message.
 */
export async function assignWaiting(db: Db, { now, limit = 50 }: { now: Date; limit?: number }): Promise<number> {
  await overdragenNaBotStilte(db, BOT_STILTE_SECONDS, now);
  const waiting = await db
    .selectFrom('gesprek')
    .select(['id', 'kanaal', 'team_id'])
    .where('status', '=', 'open')
    .where('toegewezen_aan', 'is', null)
    .where('bot_modus', '<>', 'actief')
    // A snoozed gesprek waits for its time; it joins the queue when it wakes.
    .where((eb) => eb.or([eb('gesluimerd_tot', 'is', null), eb('gesluimerd_tot', '<=', now)]))
    .orderBy(sql`coalesce(wacht_sinds, gestart_op)`)
    .limit(limit)
    .execute();
  const vol = new Set<string>();
  let assigned = 0;
  for (const { id, kanaal, team_id } of waiting) {
    const wachtrij = `${kanaal}:${team_id ?? ''}`;
    if (vol.has(wachtrij)) continue;
    const uitkomst = await probeerToeTeWijzen(db, id, now);
    if (uitkomst === 'niemand-vrij') vol.add(wachtrij);
    else if (typeof uitkomst === 'object') assigned++;
  }
  return assigned;
}

/** An agent takes a gesprek, or hands it to a colleague or a team's queue. */
export async function takeOrTransfer(
  db: Db,
  ctx: RequestContext,
  gesprekId: string,
  to: { medewerkerId?: string | undefined; teamId?: string | undefined },
) {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx
      .selectFrom('gesprek')
      .select(['id', 'status', 'toegewezen_aan', 'partij_id'])
      .where('id', '=', gesprekId)
      .forUpdate()
      .executeTakeFirst();
    if (!gesprek || gesprek.status === 'afgehandeld') throw GesprekNotOpenForAssignment();
    if (to.teamId) {
      if (!(await trx.selectFrom('team').select('id').where('id', '=', to.teamId).executeTakeFirst())) throw AssigneeUnknown();
      await zetGesprekBijTeam(trx, ctx, gesprek, to.teamId);
    } else {
      const medewerkerId = to.medewerkerId ?? ctx.principal.id;
      if (!to.medewerkerId && gesprek.toegewezen_aan && gesprek.toegewezen_aan !== medewerkerId) throw GesprekNotOpenForAssignment();
      if (!(await trx.selectFrom('medewerker').select('id').where('id', '=', medewerkerId).executeTakeFirst())) throw AssigneeUnknown();
      await wijsGesprekToe(trx, gesprekId, medewerkerId, to.medewerkerId ? 'overgedragen' : 'opgepakt');
    }
    if (gesprek.partij_id) {
      await logVerwerking(trx, ctx, {
        actieNaam: to.teamId || to.medewerkerId ? 'Gesprek overdragen' : 'Gesprek oppakken',
        handelingNaam: 'Wijzigen',
        objecten: [
          { objecttype: 'gesprek', objectId: gesprekId },
          { objecttype: 'partij', objectId: gesprek.partij_id, betrokkenheid: 'klant' },
        ],
      });
    }
  });
}

/** Puts a gesprek back in the queue. */
export async function putBack(db: Db, ctx: RequestContext, gesprekId: string) {
  return inTransaction(db, async (trx) => {
    const gesprek = await trx.selectFrom('gesprek').select(['id', 'status']).where('id', '=', gesprekId).forUpdate().executeTakeFirst();
    if (!gesprek || gesprek.status === 'afgehandeld') throw GesprekNotOpenForAssignment();
    await legGesprekTerug(trx, ctx, gesprek);
  });
}
