import type { Db } from '../db/transaction.ts';
import { ValidationFailed } from '../platform/errors.ts';
import { SERVICE_LEVEL_SECONDS } from '../routing/service-levels.ts';
import { wandtijdNaarUtc, plusDagen } from '../werktijd/wandtijd.ts';
import { TIJDZONE } from '../platform/local-day.ts';
import type { WerktijdConfig } from '../werktijd/werktijd.config.ts';
import { kalender } from '../werktijd/werktijd.service.ts';
import { afgehandeldeGesprekken } from './servicenormen.queries.ts';
import { servicenormen, type KanaalNorm } from './servicenormen.ts';

const datum = (iso: string) => {
  const [jaar, maand, dag] = iso.split('-').map(Number) as [number, number, number];
  return { jaar, maand, dag };
};
const op = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Per channel, over the Amsterdam days van..tot (inclusive). */
export async function getServicenormen(db: Db, config: WerktijdConfig, van: string, tot: string): Promise<KanaalNorm[]> {
  if (tot < van) throw ValidationFailed([{ field: 'querystring.tot', message: 'tot ligt vóór van' }]);
  const begin = wandtijdNaarUtc(datum(van), 0, TIJDZONE);
  const eind = wandtijdNaarUtc(plusDagen(datum(tot), 1), 0, TIJDZONE);
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
