import { createMedewerker } from '../../auth/medewerkers.service.ts';
import { randomSecret } from '../../auth/secrets.ts';
import type { Db } from '../../db/transaction.ts';
import type { Rol } from '../../platform/roles.ts';
import { afdelingNamen } from './demo-data.ts';

/** A demo account as printed once at the first start. */
export interface DemoAccount {
  rol: Rol;
  gebruikersnaam: string;
  naam: string;
  wachtwoord: string;
}

export interface DemoUser extends DemoAccount {
  id: string;
  actorId: string;
}

/**
 * One person per role (two first-line agents, so the quality view compares), each in the team
 * of afdelingen.json where that work is done. The beheerder is the `admin` of the first start.
 */
const PEOPLE = [
  { rol: 'kcc', gebruikersnaam: 'sanne', naam: 'Sanne Visser', team: 'kcc' },
  { rol: 'kcc', gebruikersnaam: 'bram', naam: 'Bram Kuipers', team: 'kcc' },
  { rol: 'teamleider', gebruikersnaam: 'lotte', naam: 'Lotte Hendriks', team: 'kcc' },
  { rol: 'redacteur', gebruikersnaam: 'ruben', naam: 'Ruben Smit', team: 'kcc' },
  { rol: 'backoffice', gebruikersnaam: 'karin', naam: 'Karin Mulder', team: 'afval-reiniging' },
] as const satisfies readonly { rol: Rol; gebruikersnaam: string; naam: string; team: string }[];

export type DemoGebruikersnaam = (typeof PEOPLE)[number]['gebruikersnaam'];
export type DemoUsers = Record<DemoGebruikersnaam, DemoUser>;

export async function createDemoUsers(db: Db): Promise<DemoUsers> {
  const afdelingNaam = afdelingNamen();
  const users: Partial<DemoUsers> = {};
  for (const person of PEOPLE) {
    const wachtwoord = randomSecret(15);
    const created = await createMedewerker(db, {
      gebruikersnaam: person.gebruikersnaam,
      naam: person.naam,
      email: `${person.gebruikersnaam}@lindendaal.example`,
      wachtwoord,
      rollen: [person.rol],
      teams: [afdelingNaam(person.team)],
    });
    users[person.gebruikersnaam] = { rol: person.rol, gebruikersnaam: person.gebruikersnaam, naam: person.naam, wachtwoord, ...created };
  }
  return users as DemoUsers;
}
