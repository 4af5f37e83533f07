import type { Db } from '../db/transaction.ts';
import { SERVICE_LEVEL_SECONDS, STANDAARD_NORM_SECONDEN } from '../routing/service-levels.ts';
import { kalender } from '../werktijd/werktijd.service.ts';
import { periode } from './periode.ts';
import { tellingenOverDagen } from './servicenorm-dagen.ts';
import { kanaalNormen, type KanaalNorm } from './servicenormen.ts';
import { meetWachttijden } from './wachttijden.ts';

type WerktijdConfig = Parameters<typeof kalender>[0];

/** Per channel, over the Amsterdam days van..tot (inclusive); `nu` is the app's clock. */
export async function getServicenormen(db: Db, config: WerktijdConfig, van: string, tot: string, nu: Date): Promise<KanaalNorm[]> {
  const { begin, eind } = periode(van, tot);
  // What closed a moment ago and the job has not measured yet.
  await meetWachttijden(db, kalender(config, null), { van: begin, tot: eind });
  const tellingen = await tellingenOverDagen(db, { van, tot }, SERVICE_LEVEL_SECONDS, STANDAARD_NORM_SECONDEN, nu);
  return kanaalNormen(
    tellingen.filter((t) => t.afgehandeld > 0).map((t) => ({ kanaal: t.kanaal, afgehandeld: t.afgehandeld, binnenNorm: t.binnen_norm })),
    (kanaal) => SERVICE_LEVEL_SECONDS[kanaal] ?? STANDAARD_NORM_SECONDEN,
  );
}
