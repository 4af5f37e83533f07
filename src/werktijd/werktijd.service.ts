import type { Db } from '../db/transaction.ts';
import { ValidationFailed } from '../platform/errors.ts';
import { plusWerkdagen, plusWerktijd, type Kalender } from './deadline.ts';
import { KCC_OPENINGSTIJDEN, parseRooster, RoosterOngeldig, type Openingstijden } from './rooster.ts';
import type { WerktijdConfig } from '../config.ts';
import { TeamNotFound } from './werktijd.errors.ts';
import * as q from './werktijd.queries.ts';

/** Contactverzoeken are answered within this many working days unless the team says otherwise. */
export const STANDAARD_TERMIJN_WERKDAGEN = 2;

export function kalender(config: WerktijdConfig, openingstijden: Openingstijden | null): Kalender {
  return {
    rooster: parseRooster(openingstijden ?? KCC_OPENINGSTIJDEN),
    feestdagen: config.feestdagen,
    sluitingsdagen: new Set(config.sluitingsdagen),
  };
}

export interface TeamWerktijd {
  kalender: Kalender;
  termijnWerkdagen: number;
}

/** The team's calendar and term (the KCC's when no team is given or it stores none). */
export async function teamWerktijd(db: Db, config: WerktijdConfig, teamId?: string): Promise<TeamWerktijd> {
  if (!teamId) return { kalender: kalender(config, null), termijnWerkdagen: STANDAARD_TERMIJN_WERKDAGEN };
  const team = await q.findTeamWerktijd(db, teamId);
  if (!team) throw TeamNotFound();
  return {
    kalender: kalender(config, team.openingstijden),
    termijnWerkdagen: team.terugbeltermijn_werkdagen ?? STANDAARD_TERMIJN_WERKDAGEN,
  };
}

export function deadline(k: Kalender, van: Date, termijn: { minuten: number } | { werkdagen: number }): Date {
  return 'minuten' in termijn ? plusWerktijd(k, van, termijn.minuten) : plusWerkdagen(k, van, termijn.werkdagen);
}

/** Stores a team's hours after checking them; bad hours are a 400 naming the weekday. */
export async function setTeamWerktijd(
  db: Db,
  teamId: string,
  values: { openingstijden: Openingstijden | null; terugbeltermijnWerkdagen: number | null },
): Promise<void> {
  if (values.openingstijden) {
    try {
      parseRooster(values.openingstijden, 'body.openingstijden');
    } catch (error) {
      if (error instanceof RoosterOngeldig) throw ValidationFailed(error.fields);
      throw error;
    }
  }
  const result = await q.setTeamWerktijd(db, teamId, values);
  if (Number(result.numUpdatedRows) === 0) throw TeamNotFound();
}
