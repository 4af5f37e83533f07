import type { BeheerMedewerker, MedewerkerWijziging, NieuweMedewerker } from './medewerkers-api.ts';

/** The roles a person can have; `gebeurtenisbron` is for API tokens of event sources only. */
export const MEDEWERKER_ROLLEN = ['kcc', 'backoffice', 'teamleider', 'redacteur', 'beheerder'] as const;
export type MedewerkerRol = (typeof MEDEWERKER_ROLLEN)[number];

export interface MedewerkerFormulier {
  gebruikersnaam: string;
  naam: string;
  email: string;
  wachtwoord: string;
  rollen: string[];
  teams: string[];
  actief: boolean;
}

export type MedewerkerFout = 'gebruikersnaam' | 'naam' | 'email' | 'wachtwoord' | 'rollen';

export function beginwaarden(medewerker: BeheerMedewerker | null): MedewerkerFormulier {
  return {
    gebruikersnaam: medewerker?.gebruikersnaam ?? '',
    naam: medewerker?.naam ?? '',
    email: medewerker?.email ?? '',
    wachtwoord: '',
    rollen: medewerker ? [...medewerker.rollen] : ['kcc'],
    teams: medewerker ? medewerker.teams.map((t) => t.naam) : [],
    actief: medewerker?.actief ?? true,
  };
}

const GEBRUIKERSNAAM = /^[A-Za-z0-9._@-]{2,200}$/;
// The server checks the address fully; this only catches a slip before the round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The first wrong field (in form order), so the form can point at it. */
export function eersteFout(w: MedewerkerFormulier, nieuw: boolean): MedewerkerFout | undefined {
  if (nieuw && !GEBRUIKERSNAAM.test(w.gebruikersnaam.trim())) return 'gebruikersnaam';
  if (w.naam.trim() === '') return 'naam';
  if (w.email.trim() !== '' && !EMAIL.test(w.email.trim())) return 'email';
  if (w.wachtwoord !== '' && w.wachtwoord.length < 12) return 'wachtwoord';
  if (w.rollen.length === 0) return 'rollen';
  return undefined;
}

const rollenInVolgorde = (rollen: string[]) => MEDEWERKER_ROLLEN.filter((r) => rollen.includes(r));

export function nieuweMedewerker(w: MedewerkerFormulier): NieuweMedewerker {
  return {
    gebruikersnaam: w.gebruikersnaam.trim(),
    naam: w.naam.trim(),
    ...(w.email.trim() ? { email: w.email.trim() } : {}),
    ...(w.wachtwoord ? { wachtwoord: w.wachtwoord } : {}),
    rollen: rollenInVolgorde(w.rollen),
    teams: w.teams,
  };
}

export function wijziging(w: MedewerkerFormulier): MedewerkerWijziging {
  return {
    naam: w.naam.trim(),
    email: w.email.trim() || null,
    rollen: rollenInVolgorde(w.rollen),
    teams: w.teams,
    actief: w.actief,
    ...(w.wachtwoord ? { wachtwoord: w.wachtwoord } : {}),
  };
}

/** Which field a refusal from the server is about, so the form can point at it. */
export function veldVanServerfout(code: string | undefined): MedewerkerFout | undefined {
  if (code === 'LOKET_MEDEWERKER_EXISTS') return 'gebruikersnaam';
  if (code === 'LOKET_PASSWORD_TOO_WEAK') return 'wachtwoord';
  if (code === 'LOKET_LAATSTE_BEHEERDER') return 'rollen';
  return undefined;
}
