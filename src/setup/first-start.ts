import type { Kysely } from 'kysely';
import { countMedewerkers } from '../auth/medewerkers.queries.ts';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { randomSecret } from '../auth/secrets.ts';
import type { Database } from '../db/schema.ts';
import { systemClock } from '../platform/clock.ts';
import { seedDemo, type DemoResult } from './demo-seed.ts';

export interface FirstStartResult {
  /** Set only when Loket generated the password: it is shown this once and never stored in clear. */
  adminPassword?: string;
  /** The demo municipality, with its accounts' passwords (shown once). */
  demo?: DemoResult;
  /**
   * Why loading the demo stopped. The beheerder exists by then, and this start is the only time
   * its password is shown, so the caller reports both rather than Loket dying without either.
   */
  demoError?: unknown;
}

/**
 * On an empty database: the first beheerder, and (unless LOKET_DEMO=false) the demo municipality
 * so a new user sees something real. Does nothing once any medewerker exists. `now` is the app's
 * clock: the demo's history ends in its week.
 */
export async function firstStart(
  db: Kysely<Database>,
  options: { adminPassword?: string | undefined; demo: boolean; now?: Date },
): Promise<FirstStartResult | undefined> {
  if (Number((await countMedewerkers(db)).n) > 0) return undefined;
  const adminPassword = options.adminPassword ?? randomSecret(15);
  await createMedewerker(db, { gebruikersnaam: 'admin', naam: 'Beheerder', wachtwoord: adminPassword, rollen: ['beheerder'] });
  const result: FirstStartResult = options.adminPassword ? {} : { adminPassword };
  if (!options.demo) return result;
  try {
    result.demo = await seedDemo(db, { now: options.now ?? systemClock.now() });
  } catch (error) {
    result.demoError = error;
  }
  return result;
}
