import { defineError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/principal.ts';
import type { Backoffice } from '../backoffice.ts';
import type { ZakenBron } from '../bronnen/bron.ts';
import { BronOnbereikbaar } from '../bronnen/bronnen.errors.ts';
import { actieveBronnen } from '../bronnen/bronnen.service.ts';
import { BronStoring } from '../../platform/http-client/bron-http.ts';
import { statusView, type ZaakStatusView } from './zaak-view.ts';
import { checkZakenToegang } from './zaken-toegang.ts';
import { filtersVoor, logZakenRead, vanBron, type ZakenVraag } from './zaken.service.ts';
import { ZgwClient, zgwSpecs } from './zgw.client.ts';

export const ZaakNietGevonden = defineError(
  'LOKET_ZAAK_NIET_GEVONDEN',
  404,
  'Deze zaak hoort niet bij deze partij of bij geen van de gekoppelde zaaksystemen.',
  'This zaak does not belong to this partij or to any connected zaaksysteem.',
);

/** The active zaken source a zaak URL belongs to (by its Zaken API base URL). */
export async function bronVanZaak(bo: Backoffice, zaakUrl: string): Promise<ZakenBron | undefined> {
  const bronnen = await actieveBronnen(bo.bronnen, 'zaken');
  return bronnen.find((b) => zaakUrl.startsWith(`${b.instellingen.zakenApiUrl.replace(/\/$/, '')}/zaken/`));
}

/**
 * The status history of one zaak, when the agent opens it. Only for a zaak of this partij: the
 * source's list for the partij (usually still cached from the overview) must contain it.
 */
export async function zaakHistorie(
  bo: Backoffice,
  ctx: RequestContext,
  vraag: ZakenVraag & { zaakUrl: string },
): Promise<{ statussen: ZaakStatusView[] }> {
  await checkZakenToegang(bo.db, ctx, vraag.partijId, vraag.gesprekId);
  const bron = await bronVanZaak(bo, vraag.zaakUrl);
  if (!bron) throw ZaakNietGevonden();
  const zaken = await vanBron(bo, ctx, bron, await filtersVoor(bo, vraag.partijId));
  if (typeof zaken === 'string') throw BronOnbereikbaar(bron.naam);
  if (!zaken.some((z) => z.url === vraag.zaakUrl)) throw ZaakNietGevonden();
  zgwSpecs();
  const client = new ZgwClient(
    bo,
    bron,
    { id: ctx.principal.id, naam: ctx.principal.naam },
    performance.now() + bron.instellingen.timeoutMs,
  );
  try {
    const statussen = await Promise.all((await client.statussen(vraag.zaakUrl)).map((s) => statusView(client, s)));
    statussen.sort((a, b) => (b.datumStatusGezet ?? '').localeCompare(a.datumStatusGezet ?? ''));
    await logZakenRead(bo, ctx, vraag, 'Zaakhistorie raadplegen', [vraag.zaakUrl]);
    return { statussen };
  } catch (error) {
    if (!(error instanceof BronStoring)) throw error;
    bo.log.warn({ bron: bron.naam, reden: error.reden, melding: error.message }, 'zaakhistorie niet op te halen');
    throw BronOnbereikbaar(bron.naam);
  }
}
