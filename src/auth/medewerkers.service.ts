import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Rol } from '../platform/roles.ts';
import { MedewerkerExists, PasswordTooWeak } from './auth.errors.ts';
import { addTeamLid, findMedewerkerBy, insertActor, insertMedewerker, listMedewerkers, teamsOf } from './medewerkers.queries.ts';
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

export { listMedewerkers };
