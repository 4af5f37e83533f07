import { inTransaction } from '../../db/transaction.ts';
import { identificatorenVanPartij } from '../../parties/parties.service.ts';
import type { Clock } from '../../platform/clock.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { logVerwerking, type VerwerktObject } from '../../platform/verwerkingslog.ts';
import type { Backoffice } from '../backoffice.ts';
import type { ZakenBron } from '../bronnen/bron.ts';
import { BronNietIngesteld } from '../bronnen/bronnen.errors.ts';
import { actieveBronnen } from '../bronnen/bronnen.service.ts';
import { BronStoring, type StoringReden } from '../../platform/http-client/bron-http.ts';
import { isTeLaat, zaakView, type ZaakView } from './zaak-view.ts';
import { checkZakenToegang } from './zaken-toegang.ts';
import { ZgwClient, zgwSpecs } from './zgw.client.ts';

/**
 * A partij's zaken from every zaaksysteem at once. Each source gets its own deadline, breaker and
 * cache; a source that is slow, down or answers outside the specification is left out whole and
 * named in `ontbrekend`, so the agent never takes part of the list for all of it.
 */
export type OntbrekendReden = StoringReden | 'uit';
export interface Ontbrekend {
  bron: string;
  reden: OntbrekendReden;
}
type Gevonden = Omit<ZaakView, 'teLaat'>;

/** The Zaken API filter for each kind of identificator Loket keeps. */
const FILTERS: Record<string, string> = {
  bsn: 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn',
  kvk_nummer: 'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId',
  rsin: 'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId',
  vestigingsnummer: 'rol__betrokkeneIdentificatie__vestiging__vestigingsNummer',
};

export interface ZakenVraag {
  partijId: string;
  gesprekId?: string | undefined;
}

export async function vanBron(
  bo: Backoffice,
  ctx: RequestContext,
  bron: ZakenBron,
  filters: [string, string][],
): Promise<Gevonden[] | OntbrekendReden> {
  const cacheKeys = filters.map(([filter, waarde]) => `${bron.id}@${bron.versie}|${filter}|${waarde}`);
  const cached = cacheKeys.map((key) => bo.zakenCache.get(key) as Gevonden[] | undefined);
  if (cached.every((c) => c !== undefined)) return cached.flat();
  const breaker = bo.breaker(bron);
  if (!breaker.tryPass()) return 'uit';
  zgwSpecs();
  const client = new ZgwClient(
    bo,
    bron,
    { id: ctx.principal.id, naam: ctx.principal.naam },
    performance.now() + bron.instellingen.timeoutMs,
  );
  try {
    const perFilter = await Promise.all(
      filters.map(async ([filter, waarde], i) => {
        const zaken = await client.zaken(filter, waarde);
        const views = await Promise.all(zaken.map((zaak) => zaakView(client, zaak)));
        bo.zakenCache.set(cacheKeys[i] as string, views);
        return views;
      }),
    );
    breaker.success();
    return perFilter.flat();
  } catch (error) {
    if (!(error instanceof BronStoring)) throw error;
    breaker.failure();
    bo.log.warn({ bron: bron.naam, reden: error.reden, melding: error.message }, 'zaaksysteem weggelaten uit het zakenoverzicht');
    return error.reden;
  }
}

/** The Zaken API filters for a partij's identificatoren (BSN, KvK/RSIN, vestigingsnummer). */
export async function filtersVoor(bo: Backoffice, partijId: string): Promise<[string, string][]> {
  const identificatoren = await identificatorenVanPartij(bo.db, partijId);
  return identificatoren
    .filter((i) => FILTERS[i.codeSoortObjectId])
    .map((i): [string, string] => [FILTERS[i.codeSoortObjectId] as string, i.objectId]);
}

export async function zakenVanPartij(
  bo: Backoffice,
  ctx: RequestContext,
  clock: Clock,
  vraag: ZakenVraag,
): Promise<{ zaken: ZaakView[]; ontbrekend: Ontbrekend[] }> {
  await checkZakenToegang(bo.db, ctx, vraag.partijId, vraag.gesprekId);
  return zakenOphalen(bo, ctx, clock, vraag);
}

/**
 * The partij's zaken for a caller that established who is asking itself: the bot, in a gesprek
 * whose inwoner logged in or writes from a verified number. Logged like an agent's read.
 */
export async function zakenVoorInwoner(
  bo: Backoffice,
  ctx: RequestContext,
  clock: Clock,
  vraag: Required<ZakenVraag>,
): Promise<{ zaken: ZaakView[]; ontbrekend: Ontbrekend[] }> {
  return zakenOphalen(bo, ctx, clock, vraag);
}

async function zakenOphalen(
  bo: Backoffice,
  ctx: RequestContext,
  clock: Clock,
  vraag: ZakenVraag,
): Promise<{ zaken: ZaakView[]; ontbrekend: Ontbrekend[] }> {
  const bronnen = await actieveBronnen(bo.bronnen, 'zaken');
  if (bronnen.length === 0) throw BronNietIngesteld();
  const filters = await filtersVoor(bo, vraag.partijId);
  const uitkomsten =
    filters.length === 0 ? bronnen.map(() => [] as Gevonden[]) : await Promise.all(bronnen.map((bron) => vanBron(bo, ctx, bron, filters)));
  const now = clock.now();
  const seen = new Set<string>();
  const zaken: ZaakView[] = [];
  const ontbrekend: Ontbrekend[] = [];
  uitkomsten.forEach((uitkomst, i) => {
    if (typeof uitkomst === 'string') ontbrekend.push({ bron: (bronnen[i] as ZakenBron).naam, reden: uitkomst });
    else
      for (const zaak of uitkomst.filter((z) => !seen.has(z.url))) {
        seen.add(zaak.url);
        zaken.push({ ...zaak, teLaat: isTeLaat(zaak, now) });
      }
  });
  zaken.sort((a, b) => (b.startdatum ?? '').localeCompare(a.startdatum ?? ''));
  await logZakenRead(
    bo,
    ctx,
    vraag,
    'Zaken raadplegen',
    zaken.map((z) => z.url),
  );
  return { zaken, ontbrekend };
}

export async function logZakenRead(
  bo: Backoffice,
  ctx: RequestContext,
  vraag: ZakenVraag,
  actieNaam: string,
  zaakUrls: string[],
): Promise<void> {
  const objecten: VerwerktObject[] = [
    { objecttype: 'partij', objectId: vraag.partijId, betrokkenheid: 'klant', soortenGegevens: ['zaken', 'zaakstatus'] },
    ...zaakUrls.map((url): VerwerktObject => ({
      objecttype: 'zaak',
      soortObjectId: 'url',
      objectId: url,
      betrokkenheid: 'zaak',
      soortenGegevens: ['zaakstatus'],
    })),
  ];
  if (vraag.gesprekId) objecten.push({ objecttype: 'gesprek', objectId: vraag.gesprekId, betrokkenheid: 'gesprek' });
  await inTransaction(bo.db, (trx) =>
    logVerwerking(trx, ctx, { actieNaam, handelingNaam: 'Raadplegen', verwerkingNaam: 'Zaakinformatie', objecten }),
  );
}
