import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import type { Rol } from '../platform/roles.ts';

export interface MedewerkerRow {
  id: string;
  actor_id: string;
  gebruikersnaam: string;
  naam: string;
  email: string | null;
  wachtwoord_hash: string | null;
  oidc_subject: string | null;
  rollen: Rol[];
  actief: boolean;
}

const columns = ['id', 'actor_id', 'gebruikersnaam', 'naam', 'email', 'wachtwoord_hash', 'oidc_subject', 'rollen', 'actief'] as const;

export function findMedewerkerBy(db: Db, field: 'id' | 'gebruikersnaam' | 'oidc_subject' | 'email', value: string) {
  const query = db.selectFrom('medewerker').select(columns);
  const filtered =
    field === 'gebruikersnaam' || field === 'email'
      ? query.where((eb) => eb(eb.fn('lower', [field]), '=', value.toLowerCase()))
      : query.where(field, '=', value);
  return filtered.executeTakeFirst() as Promise<MedewerkerRow | undefined>;
}

export function listMedewerkers(db: Db) {
  return db
    .selectFrom('medewerker')
    .select(['id', 'actor_id', 'gebruikersnaam', 'naam', 'email', 'rollen', 'actief'])
    .orderBy('naam')
    .execute() as Promise<Omit<MedewerkerRow, 'wachtwoord_hash' | 'oidc_subject'>[]>;
}

export async function insertActor(
  db: Db,
  naam: string,
  soort: 'medewerker' | 'geautomatiseerde_actor' | 'organisatorische_eenheid',
  identificatie: Record<string, string> = {},
) {
  const row = await db
    .insertInto('actor')
    .values({ naam, soort_actor: soort, actor_identificatie: JSON.stringify(identificatie) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertMedewerker(
  db: Db,
  values: {
    actorId: string;
    gebruikersnaam: string;
    naam: string;
    email?: string | undefined;
    wachtwoordHash?: string | undefined;
    oidcSubject?: string | undefined;
    rollen: Rol[];
  },
) {
  const row = await db
    .insertInto('medewerker')
    .values({
      actor_id: values.actorId,
      gebruikersnaam: values.gebruikersnaam,
      naam: values.naam,
      email: values.email ?? null,
      wachtwoord_hash: values.wachtwoordHash ?? null,
      oidc_subject: values.oidcSubject ?? null,
      rollen: JSON.stringify(values.rollen),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addTeamLid(db: Db, teamId: string, medewerkerId: string) {
  await db
    .insertInto('team_lid')
    .values({ team_id: teamId, medewerker_id: medewerkerId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function teamsOf(db: Db, medewerkerId: string) {
  return db
    .selectFrom('team_lid')
    .innerJoin('team', 'team.id', 'team_lid.team_id')
    .select(['team.id', 'team.naam'])
    .where('team_lid.medewerker_id', '=', medewerkerId)
    .orderBy('team.naam')
    .execute();
}

export function linkOidcSubject(db: Db, medewerkerId: string, subject: string) {
  return db.updateTable('medewerker').set({ oidc_subject: subject }).where('id', '=', medewerkerId).execute();
}

export function countMedewerkers(db: Db) {
  return db
    .selectFrom('medewerker')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
}

/** The teams of all medewerkers in one query, for the beheerder's list. */
export function teamsOfAll(db: Db) {
  return db
    .selectFrom('team_lid')
    .innerJoin('team', 'team.id', 'team_lid.team_id')
    .select(['team_lid.medewerker_id', 'team.id', 'team.naam'])
    .orderBy('team.naam')
    .execute();
}

export function updateMedewerker(db: Db, id: string, values: { naam: string; email: string | null; rollen: Rol[]; actief: boolean }) {
  return db
    .updateTable('medewerker')
    .set({ naam: values.naam, email: values.email, rollen: JSON.stringify(values.rollen), actief: values.actief })
    .where('id', '=', id)
    .returning('actor_id')
    .executeTakeFirst();
}

export async function replaceTeamLeden(db: Db, medewerkerId: string, teamIds: string[]) {
  await db.deleteFrom('team_lid').where('medewerker_id', '=', medewerkerId).execute();
  for (const teamId of teamIds) await addTeamLid(db, teamId, medewerkerId);
}

/** Locks the active beheerders' rows, so two beheerders cannot take away each other's access at once. */
export function lockActieveBeheerders(db: Db) {
  return (
    db
      .selectFrom('medewerker')
      .select('id')
      .where('actief', '=', true)
      .where(sql<boolean>`rollen @> '["beheerder"]'::jsonb`)
      // One order for every caller, so two of these never wait on each other crosswise.
      .orderBy('id')
      .forUpdate()
      .execute()
  );
}

export function endSessions(db: Db, medewerkerId: string) {
  return db.deleteFrom('sessie').where('medewerker_id', '=', medewerkerId).execute();
}

export function updateActor(db: Db, id: string, naam: string, identificatie: Record<string, string>) {
  return db
    .updateTable('actor')
    .set({ naam, actor_identificatie: JSON.stringify(identificatie) })
    .where('id', '=', id)
    .execute();
}

export function setWachtwoordHash(db: Db, medewerkerId: string, hash: string) {
  return db.updateTable('medewerker').set({ wachtwoord_hash: hash }).where('id', '=', medewerkerId).execute();
}
