import type { Db } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { changeBotModus } from './bot-beurt.ts';
import { changeGesprekStatus } from './conversations.service.ts';

/**
 * Who works on a gesprek: the writes behind routing's decisions (automatic assignment, taking,
 * transferring, putting back). Routing decides and locks; these change the gesprek and announce it.
 * Each expects the caller's transaction with the gesprek's row locked.
 */

/** Gives a gesprek to a medewerker; an agent who takes a gesprek takes it from the bot too. */
export async function wijsGesprekToe(trx: Db, gesprekId: string, medewerkerId: string, hoe: string): Promise<void> {
  const gesprek = await trx.selectFrom('gesprek').select('bot_modus').where('id', '=', gesprekId).executeTakeFirstOrThrow();
  await trx.updateTable('gesprek').set({ toegewezen_aan: medewerkerId, gewijzigd_op: new Date() }).where('id', '=', gesprekId).execute();
  if (gesprek.bot_modus === 'actief') await changeBotModus(trx, gesprekId, 'overnemen');
  await changeGesprekStatus(trx, undefined, gesprekId, 'toewijzen');
  await publishEvent(trx, { type: 'gesprek.toegewezen', audience: { agents: true }, data: { gesprekId, medewerkerId, hoe } });
}

/** Puts a gesprek in a team's queue, no longer with any medewerker. */
export async function zetGesprekBijTeam(
  trx: Db,
  ctx: RequestContext,
  gesprek: { id: string; status: string },
  teamId: string,
): Promise<void> {
  await trx.updateTable('gesprek').set({ team_id: teamId, toegewezen_aan: null }).where('id', '=', gesprek.id).execute();
  if (gesprek.status !== 'open') await changeGesprekStatus(trx, ctx, gesprek.id, 'terugleggen');
  await publishEvent(trx, {
    type: 'gesprek.toegewezen',
    audience: { agents: true },
    data: { gesprekId: gesprek.id, teamId, hoe: 'overgedragen' },
  });
}

/** Puts a gesprek back in the queue it came from. */
export async function legGesprekTerug(trx: Db, ctx: RequestContext, gesprek: { id: string; status: string }): Promise<void> {
  await trx.updateTable('gesprek').set({ toegewezen_aan: null }).where('id', '=', gesprek.id).execute();
  if (gesprek.status !== 'open') await changeGesprekStatus(trx, ctx, gesprek.id, 'terugleggen');
  await publishEvent(trx, {
    type: 'gesprek.toegewezen',
    audience: { agents: true },
    data: { gesprekId: gesprek.id, medewerkerId: null, hoe: 'teruggelegd' },
  });
}
