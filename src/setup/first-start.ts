import { countMedewerkers } from '../auth/medewerkers.queries.ts';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { randomSecret } from '../auth/secrets.ts';
import type { Db } from '../db/transaction.ts';
import { seedDemo } from './demo-seed.ts';

export interface FirstStartResult {
  /** Set only when Loket generated the password: it is shown this once and never stored in clear. */
  adminPassword?: string;
  demoPassword?: string;
}

/**
 * On an empty database: the first beheerder, and (unless LOKET_DEMO=false) the demo municipality
 * so a new user sees something real. Does nothing once any medewerker exists.
 */
export async function firstStart(db: Db, options: { adminPassword?: string | undefined; demo: boolean }): Promise<FirstStartResult | undefined> {
  if (Number((await countMedewerkers(db)).n) > 0) return undefined;
  const adminPassword = options.adminPassword ?? randomSecret(15);
  await createMedewerker(db, { gebruikersnaam: 'admin', naam: 'Beheerder', wachtwoord: adminPassword, rollen: ['beheerder'] });
  const result: FirstStartResult = options.adminPassword ? {} : { adminPassword };
  if (options.demo) {
    const demoPassword = randomSecret(15);
    await seedDemo(db, demoPassword);
    result.demoPassword = demoPassword;
  }
  return result;
}
