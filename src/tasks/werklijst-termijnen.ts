import type { Selectable } from 'kysely';
import type { InterneTaakTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { deadline, kalender, STANDAARD_TERMIJN_WERKDAGEN } from '../werktijd/werktijd.service.ts';
import * as q from './werklijst.queries.ts';

type WerktijdConfig = Parameters<typeof kalender>[0];
const BATCH = 1000;

/** The settings a stored deadline depends on besides the team: holidays and closing days. */
export const termijnSleutel = (werktijd: WerktijdConfig) => JSON.stringify(werktijd);

/**
 * The deadline each task's team term gives (the first team assigned by name, else the first team
 * of an assigned medewerker; the KCC's hours and 2 working days without one), from toegewezen_op.
 */
export async function teamTermijnen(
  db: Db,
  taken: readonly Selectable<InterneTaakTable>[],
  werktijd: WerktijdConfig,
): Promise<Map<string, Date>> {
  const teams = await q.teamsVanTaken(
    db,
    taken.map((t) => t.id),
  );
  const standaard = kalender(werktijd, null);
  return new Map(
    taken.map((taak) => {
      const team = teams.find((t) => t.interne_taak_id === taak.id);
      const k = team?.openingstijden ? kalender(werktijd, team.openingstijden) : standaard;
      const werkdagen = team?.terugbeltermijn_werkdagen ?? STANDAARD_TERMIJN_WERKDAGEN;
      return [taak.id, deadline(k, new Date(taak.toegewezen_op), { werkdagen })];
    }),
  );
}

/** Computes and stores the deadline of the tasks in view that have none (or one from other settings). */
export async function vulTermijnen(db: Db, filter: Omit<q.WerklijstFilter, 'max'>, werktijd: WerktijdConfig): Promise<void> {
  const sleutel = termijnSleutel(werktijd);
  // The usual case, every deadline stored, answered from the indexes without joining the view.
  if (!(await q.eenTaakZonderTermijn(db, sleutel))) return;
  for (;;) {
    const taken = await q.takenZonderTermijn(db, filter, sleutel, BATCH);
    const termijnen = await teamTermijnen(db, taken, werktijd);
    await q.zetTermijnen(
      db,
      [...termijnen].map(([id, op]) => ({ id, op })),
      sleutel,
    );
    if (taken.length < BATCH) return;
  }
}
