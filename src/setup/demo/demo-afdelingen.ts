import { plaatsTeamInAfdeling } from '../../afdelingen/afdelingen.service.ts';
import { ensureTeam } from '../../auth/teams.ts';
import type { Db } from '../../db/transaction.ts';
import { readJson } from './demo-data.ts';

/** The 16 teams of lindendaal/afdelingen.json, each in its afdeling (Publiekszaken, Stadsbeheer, ...). */
export async function createDemoAfdelingen(db: Db): Promise<number> {
  const teams = readJson('afdelingen.json') as { naam: string; afdeling: string }[];
  for (const entry of teams) {
    const team = await ensureTeam(db, entry.naam);
    await plaatsTeamInAfdeling(db, team.id, entry.afdeling);
  }
  return teams.length;
}
