import type { Db } from '../db/transaction.ts';
import { STANDAARD_NORM_SECONDEN } from '../routing/service-levels.ts';
import { leesHuidigeServicenormen, type Servicenormen } from '../routing/servicenormen.service.ts';
import { kalender } from '../werktijd/werktijd.service.ts';
import { periode } from './periode.ts';
import { tellingenOverDagen } from './servicenorm-dagen.ts';
import { kanaalNormen, type KanaalNorm } from './servicenormen.ts';
import { meetWachttijden } from './wachttijden.ts';

type WerktijdConfig = Parameters<typeof kalender>[0];

/**
 * Per channel, over the Amsterdam days van..tot (inclusive); `nu` is the app's clock. `normen`: the
 * beheerder's norms (the node's cached copy); read from the database when not given.
 */
export async function getServicenormen(
  db: Db,
  config: WerktijdConfig,
  van: string,
  tot: string,
  nu: Date,
  normen?: Servicenormen,
): Promise<KanaalNorm[]> {
  const norm = normen ?? (await leesHuidigeServicenormen(db));
  const { begin, eind } = periode(van, tot);
  // What closed a moment ago and the job has not measured yet.
  await meetWachttijden(db, kalender(config, null), { van: begin, tot: eind });
  const tellingen = await tellingenOverDagen(db, { van, tot }, norm.perKanaal(), STANDAARD_NORM_SECONDEN, nu);
  return kanaalNormen(
    tellingen.filter((t) => t.afgehandeld > 0).map((t) => ({ kanaal: t.kanaal, afgehandeld: t.afgehandeld, binnenNorm: t.binnen_norm })),
    (kanaal) => norm.seconden(kanaal),
  );
}
