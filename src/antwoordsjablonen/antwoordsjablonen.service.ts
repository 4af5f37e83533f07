import type { Db } from '../db/transaction.ts';
import { defineError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { hasPermission } from '../platform/roles.ts';
import * as q from './antwoordsjablonen.queries.ts';

export const SjabloonNotFound = defineError(
  'LOKET_SJABLOON_NIET_GEVONDEN',
  404,
  'Dit antwoordsjabloon bestaat niet.',
  'This reply template does not exist.',
);
export const TeamNotFound = defineError('LOKET_TEAM_NIET_GEVONDEN', 400, 'Dit team bestaat niet.', 'This team does not exist.');

export interface SjabloonInput {
  titel: string;
  tekst: string;
  teamId?: string | null | undefined;
}

type Row = Awaited<ReturnType<typeof q.getSjabloon>> & object;
const toResponse = (r: Row) => ({
  id: r.id,
  titel: r.titel,
  tekst: r.tekst,
  team: r.team_id ? { id: r.team_id, naam: r.team_naam ?? '' } : null,
  gewijzigdOp: new Date(r.gewijzigd_op).toISOString(),
});

/** An agent gets the templates for everyone and for their own teams; a team lead, who keeps them, gets all. */
export async function sjablonenVoor(db: Db, ctx: RequestContext) {
  const beheert = hasPermission(ctx.principal.rollen, 'antwoordsjabloon:beheren');
  const teams = beheert ? 'alle' : ctx.principal.kind === 'medewerker' ? await q.teamsOf(db, ctx.principal.id) : [];
  return (await q.listSjablonen(db, teams)).map(toResponse);
}

async function values(db: Db, input: SjabloonInput) {
  const teamId = input.teamId ?? null;
  if (teamId && !(await q.teamExists(db, teamId))) throw TeamNotFound();
  return { team_id: teamId, titel: input.titel.trim(), tekst: input.tekst };
}

export async function maakSjabloon(db: Db, ctx: RequestContext, input: SjabloonInput) {
  const { id } = await q.insertSjabloon(db, { ...(await values(db, input)), aangemaakt_door: ctx.principal.actorId });
  return toResponse((await q.getSjabloon(db, id))!);
}

export async function wijzigSjabloon(db: Db, id: string, input: SjabloonInput) {
  if (!(await q.updateSjabloon(db, id, await values(db, input)))) throw SjabloonNotFound();
  return toResponse((await q.getSjabloon(db, id))!);
}

export async function verwijderSjabloon(db: Db, id: string) {
  if (!(await q.deleteSjabloon(db, id))) throw SjabloonNotFound();
}
