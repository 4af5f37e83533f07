import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Rol } from '../platform/roles.ts';
import { LaatsteBeheerder, MedewerkerExists, MedewerkerNotFound, PasswordTooWeak } from './auth.errors.ts';
import * as q from './medewerkers.queries.ts';
import { addTeamLid, findMedewerkerBy, insertActor, insertMedewerker, teamsOf } from './medewerkers.queries.ts';
import { ensureTeam } from './teams.ts';
import { hashPassword } from './secrets.ts';

export const MIN_PASSWORD_LENGTH = 12;

export interface NewMedewerker {
  gebruikersnaam: string;
  naam: string;
  email?: string | undefined;
  wachtwoord?: string | undefined;
  oidcSubject?: string | undefined;
  rollen: Rol[];
  teams?: string[] | undefined;
}

/** Creates the actor (as the standard models a medewerker) and the login account, in teams. */
export async function createMedewerker(db: Db, input: NewMedewerker): Promise<{ id: string; actorId: string }> {
  if (input.wachtwoord !== undefined && input.wachtwoord.length < MIN_PASSWORD_LENGTH) throw PasswordTooWeak();
  const wachtwoordHash = input.wachtwoord === undefined ? undefined : await hashPassword(input.wachtwoord);
  return inTransaction(db, async (trx) => {
    if (await findMedewerkerBy(trx, 'gebruikersnaam', input.gebruikersnaam)) throw MedewerkerExists();
    const actorId = await insertActor(trx, input.naam, 'medewerker', {
      functie: input.rollen.join(', '),
      ...(input.email ? { emailadres: input.email } : {}),
    });
    const id = await insertMedewerker(trx, { ...input, actorId, wachtwoordHash });
    for (const team of input.teams ?? []) {
      await addTeamLid(trx, (await ensureTeam(trx, team)).id, id);
    }
    return { id, actorId };
  });
}

export async function describeMedewerker(db: Db, id: string) {
  const medewerker = await findMedewerkerBy(db, 'id', id);
  if (!medewerker) return undefined;
  const { wachtwoord_hash: _hash, oidc_subject: _subject, actor_id, ...rest } = medewerker;
  return { ...rest, actorId: actor_id, teams: await teamsOf(db, id) };
}

/** Every medewerker with their teams, for the beheerder (no password hash or OIDC subject). */
export async function listMedewerkers(db: Db) {
  const [rows, leden] = await Promise.all([q.listMedewerkers(db), q.teamsOfAll(db)]);
  return rows.map(({ actor_id, ...rest }) => ({
    ...rest,
    actorId: actor_id,
    teams: leden.filter((l) => l.medewerker_id === rest.id).map((l) => ({ id: l.id, naam: l.naam })),
  }));
}

export interface MedewerkerWijziging {
  naam: string;
  email: string | null;
  rollen: Rol[];
  /** Team names, as on creation; a team that does not exist yet is created. */
  teams: string[];
  actief: boolean;
  /** A new password; left out, the current one stays. */
  wachtwoord?: string | undefined;
}

/**
 * Changes a medewerker's name, e-mail, roles, teams, password and whether they may log in.
 * Deactivating ends their sessions at once. Loket never lets the last active beheerder go: nobody could undo it.
 */
export async function wijzigMedewerker(db: Db, id: string, input: MedewerkerWijziging): Promise<void> {
  if (input.wachtwoord !== undefined && input.wachtwoord.length < MIN_PASSWORD_LENGTH) throw PasswordTooWeak();
  const wachtwoordHash = input.wachtwoord === undefined ? undefined : await hashPassword(input.wachtwoord);
  await inTransaction(db, async (trx) => {
    const beheerders = await q.lockActieveBeheerders(trx);
    const row = await q.updateMedewerker(trx, id, input);
    if (!row) throw MedewerkerNotFound();
    const blijftBeheerder = input.actief && input.rollen.includes('beheerder');
    if (!blijftBeheerder && beheerders.every((b) => b.id === id)) throw LaatsteBeheerder();
    await q.updateActor(trx, row.actor_id, input.naam, {
      functie: input.rollen.join(', '),
      ...(input.email ? { emailadres: input.email } : {}),
    });
    const teamIds = [];
    for (const team of input.teams) teamIds.push((await ensureTeam(trx, team)).id);
    await q.replaceTeamLeden(trx, id, teamIds);
    // A new password ends the sessions too: it is usually set because the old one got out.
    if (wachtwoordHash !== undefined) await q.setWachtwoordHash(trx, id, wachtwoordHash);
    if (!input.actief || wachtwoordHash !== undefined) await q.endSessions(trx, id);
  });
}
