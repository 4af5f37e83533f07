import type { Toewijzingsmelding } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { ValidationFailed, type FieldProblem } from '../platform/errors.ts';
import { AfdelingBestaat, AfdelingNietGevonden } from './afdelingen.errors.ts';
import * as q from './afdelingen.queries.ts';

export { meldToewijzing } from './toewijzingsmelding.ts';

export interface AfdelingInvoer {
  naam: string;
  groepsmailbox?: string | null | undefined;
  toewijzingsmelding?: Toewijzingsmelding | undefined;
  teamIds?: string[] | undefined;
}

export interface Afdeling {
  id: string;
  naam: string;
  groepsmailbox: string | null;
  toewijzingsmelding: Toewijzingsmelding;
  teams: { id: string; naam: string }[];
}

export async function lijstAfdelingen(db: Db): Promise<Afdeling[]> {
  const afdelingen = await q.alleAfdelingen(db);
  const teams = await q.teamsPerAfdeling(
    db,
    afdelingen.map((a) => a.id),
  );
  return afdelingen.map((a) => ({ ...a, teams: teams.filter((t) => t.afdeling_id === a.id).map(({ id, naam }) => ({ id, naam })) }));
}

async function eenAfdeling(db: Db, id: string): Promise<Afdeling> {
  const found = (await lijstAfdelingen(db)).find((a) => a.id === id);
  if (!found) throw AfdelingNietGevonden();
  return found;
}

/** Checks what the schema cannot: the group mailbox a notification goes to, and that the teams exist. */
async function controleer(
  db: Db,
  invoer: AfdelingInvoer,
  huidig?: { groepsmailbox: string | null; toewijzingsmelding: Toewijzingsmelding },
) {
  const groepsmailbox = invoer.groepsmailbox === undefined ? (huidig?.groepsmailbox ?? null) : invoer.groepsmailbox;
  const toewijzingsmelding = invoer.toewijzingsmelding ?? huidig?.toewijzingsmelding ?? 'uit';
  const problemen: FieldProblem[] = [];
  if (toewijzingsmelding === 'groepsmailbox' && !groepsmailbox)
    problemen.push({ field: 'body.groepsmailbox', message: 'nodig als de melding naar de groepsmailbox gaat' });
  const teamIds = [...new Set(invoer.teamIds ?? [])];
  const bestaand = new Set((await q.bestaandeTeams(db, teamIds)).map((t) => t.id));
  teamIds.forEach((id, i) => bestaand.has(id) || problemen.push({ field: `body.teamIds.${i}`, message: 'dit team bestaat niet' }));
  if (problemen.length) throw ValidationFailed(problemen);
  return { velden: { naam: invoer.naam.trim(), groepsmailbox, toewijzingsmelding }, teamIds };
}

export async function maakAfdeling(db: Db, invoer: AfdelingInvoer): Promise<Afdeling> {
  return inTransaction(db, async (trx) => {
    const { velden, teamIds } = await controleer(trx, invoer);
    if (await q.findAfdelingByNaam(trx, velden.naam)) throw AfdelingBestaat();
    const id = await q.insertAfdeling(trx, velden);
    if (invoer.teamIds) await q.zetTeams(trx, id, teamIds);
    return eenAfdeling(trx, id);
  });
}

export async function wijzigAfdeling(db: Db, id: string, invoer: AfdelingInvoer, now: Date): Promise<Afdeling> {
  return inTransaction(db, async (trx) => {
    const huidig = await q.findAfdeling(trx, id);
    if (!huidig) throw AfdelingNietGevonden();
    const { velden, teamIds } = await controleer(trx, invoer, huidig);
    const zelfdeNaam = await q.findAfdelingByNaam(trx, velden.naam);
    if (zelfdeNaam && zelfdeNaam.id !== id) throw AfdelingBestaat();
    await q.updateAfdeling(trx, id, velden, now);
    if (invoer.teamIds) await q.zetTeams(trx, id, teamIds);
    return eenAfdeling(trx, id);
  });
}

/** The teams whose tasks a medewerker sees under "mijn afdeling". */
export function teamsVanMijnAfdelingen(db: Db, medewerkerActorId: string): Promise<string[]> {
  return q.teamsVanMijnAfdelingen(db, medewerkerActorId);
}

/** Creates the afdeling of that name when missing and puts the team in it (the demo's afdelingen.json). */
export async function plaatsTeamInAfdeling(db: Db, teamId: string, afdelingNaam: string): Promise<void> {
  const id =
    (await q.findAfdelingByNaam(db, afdelingNaam))?.id ??
    (await q.insertAfdeling(db, { naam: afdelingNaam, groepsmailbox: null, toewijzingsmelding: 'uit' }));
  await db.updateTable('team').set({ afdeling_id: id }).where('id', '=', teamId).execute();
}
