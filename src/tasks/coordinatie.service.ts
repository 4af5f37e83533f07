import type { Db } from '../db/transaction.ts';
import { LoketError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { plusWerkdagen, type Kalender } from '../werktijd/deadline.ts';
import { kalender, STANDAARD_TERMIJN_WERKDAGEN } from '../werktijd/werktijd.service.ts';
import { openTakenMetAfdeling } from './coordinatie.queries.ts';
import { forwardTaak } from './taak-acties.service.ts';
import type { WerklijstDeps } from './werklijst.service.ts';

/** Counting stops here: a task this far over its term is late whatever the exact count. */
const MAX_WERKDAGEN = 60;

/** Whole working days gone by since the day a task came in (that day itself does not count, as for the term). */
export function verstrekenWerkdagen(k: Kalender, van: Date, nu: Date): number {
  let n = 0;
  while (n < MAX_WERKDAGEN && plusWerkdagen(k, van, n + 1) <= nu) n++;
  return n;
}

export interface AfdelingCoordinatie {
  afdelingId: string | null;
  afdeling: string | null;
  open: number;
  teLaat: number;
  gemiddeldVerstrekenWerkdagen: number;
  gemiddeldeTermijnWerkdagen: number;
}

const rond = (n: number) => Math.round(n * 10) / 10;

/** Per afdeling (and the tasks of teams without one): open tasks, how many are late, mean working days gone against the mean term. */
export async function coordinatie(db: Db, deps: WerklijstDeps): Promise<AfdelingCoordinatie[]> {
  const rijen = await openTakenMetAfdeling(db);
  const perAfdeling = new Map<
    string,
    { afdelingId: string | null; afdeling: string | null; open: number; teLaat: number; verstreken: number; termijn: number }
  >();
  for (const r of rijen) {
    const k = kalender(deps.werktijd, r.openingstijden);
    const van = new Date(r.toegewezen_op);
    const termijn = r.terugbeltermijn_werkdagen ?? STANDAARD_TERMIJN_WERKDAGEN;
    const deadline = r.uiterlijk_op ? new Date(r.uiterlijk_op) : plusWerkdagen(k, van, termijn);
    const key = r.afdeling_id ?? '';
    const g = perAfdeling.get(key) ?? { afdelingId: r.afdeling_id, afdeling: r.afdeling, open: 0, teLaat: 0, verstreken: 0, termijn: 0 };
    g.open++;
    if (deadline < deps.now) g.teLaat++;
    g.verstreken += verstrekenWerkdagen(k, van, deps.now);
    g.termijn += termijn;
    perAfdeling.set(key, g);
  }
  return [...perAfdeling.values()]
    .sort((a, b) => (a.afdeling ?? '\uffff').localeCompare(b.afdeling ?? '\uffff', 'nl'))
    .map(({ verstreken, termijn, ...g }) => ({
      ...g,
      gemiddeldVerstrekenWerkdagen: rond(verstreken / g.open),
      gemiddeldeTermijnWerkdagen: rond(termijn / g.open),
    }));
}

export interface HerverdeelResultaat {
  id: string;
  resultaat: 'ok' | 'fout';
  code: string | null;
}

/**
 * Forwards each task to one medewerker or team, one by one through the same transition as a
 * single forward (its own transaction, note and log entry), and says per task how it went: a
 * closed or unknown task fails alone, the others still move.
 */
export async function herverdeel(
  db: Db,
  ctx: RequestContext,
  body: { taakIds: string[]; actorId: string; toelichting?: string | undefined },
  deps: WerklijstDeps,
): Promise<HerverdeelResultaat[]> {
  const resultaten: HerverdeelResultaat[] = [];
  for (const id of [...new Set(body.taakIds)]) {
    try {
      await forwardTaak(db, ctx, id, { actorId: body.actorId, ...(body.toelichting ? { toelichting: body.toelichting } : {}) }, deps);
      resultaten.push({ id, resultaat: 'ok', code: null });
    } catch (error) {
      if (!(error instanceof LoketError) || error.statusCode >= 500) throw error;
      resultaten.push({ id, resultaat: 'fout', code: error.code });
    }
  }
  return resultaten;
}
