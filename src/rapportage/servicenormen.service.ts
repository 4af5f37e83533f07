import type { Db } from '../db/transaction.ts';
import { SERVICE_LEVEL_SECONDS } from '../routing/service-levels.ts';
import type { WerktijdConfig } from '../werktijd/werktijd.config.ts';
import { kalender } from '../werktijd/werktijd.service.ts';
import { periode } from './periode.ts';
import { afgehandeldeGesprekken } from './servicenormen.queries.ts';
import { servicenormen, type KanaalNorm } from './servicenormen.ts';

const op = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Per channel, over the Amsterdam days van..tot (inclusive). */
export async function getServicenormen(db: Db, config: WerktijdConfig, van: string, tot: string): Promise<KanaalNorm[]> {
  const { begin, eind } = periode(van, tot);
  const rijen = await afgehandeldeGesprekken(db, begin, eind);
  const gesprekken = rijen.map((r) => ({
    kanaal: r.kanaal,
    gestartOp: new Date(r.gestart_op),
    overgedragenOp: op(r.overgedragen_op),
    eersteAntwoordOp: op(r.eerste_antwoord_op),
    afgeslotenOp: new Date(r.afgesloten_op!),
  }));
  return servicenormen(gesprekken, kalender(config, null), (kanaal) => SERVICE_LEVEL_SECONDS[kanaal] ?? 24 * 3600);
}
