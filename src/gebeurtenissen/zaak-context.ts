import type { Backoffice } from '../backoffice/backoffice.ts';
import { actieveBronnen } from '../backoffice/bronnen/bronnen.service.ts';
import { BronStoring } from '../platform/http-client/bron-http.ts';
import { ZgwClient, zgwSpecs } from '../backoffice/zaken/zgw.client.ts';
import type { Notificatie } from './gebeurtenissen.schemas.ts';

/** What a rule may read of the zaak a notificatie is about, and whom the zaak concerns. */
export interface ZaakGegevens {
  vars: {
    url: string;
    uuid: string;
    identificatie: string | undefined;
    omschrijving: string | undefined;
    zaaktype: string;
    zaaktypeUrl: string;
    status: string | undefined;
    statustypeUrl: string | undefined;
    statustoelichting: string | undefined;
  };
  /** BSNs of the natural persons with a role in the zaak (rollen, inpBsn). */
  bsns: string[];
  /** The zaaksysteem's register code, for the klantcontact's onderwerpobject as KISS writes it. */
  register: string;
}

/** Loket asks the zaaksysteem as itself, not on behalf of a medewerker (ZGW JWT user claims). */
const GEBRUIKER = { id: 'loket-gebeurtenissen', naam: 'Loket proactieve dienstverlening' };

/**
 * The zaak a notificatie's hoofdObject points at, from the active zaaksysteem that serves it;
 * undefined when no configured zaaksysteem holds that URL (then the rule cannot read a zaak).
 * A source that is down or answers outside the specification throws, so the event is retried.
 */
export async function zaakVanNotificatie(bo: Backoffice, n: Notificatie): Promise<ZaakGegevens | undefined> {
  const bronnen = await actieveBronnen(bo.bronnen, 'zaken');
  const bron = bronnen.find((b) => n.hoofdObject.startsWith(`${b.instellingen.zakenApiUrl.replace(/\/$/, '')}/zaken/`));
  if (!bron) return undefined;
  const breaker = bo.breaker(bron);
  if (!breaker.tryPass()) throw new Error(`zaaksysteem ${bron.naam} is even uitgeschakeld na storingen`);
  zgwSpecs();
  const client = new ZgwClient(bo, bron, GEBRUIKER, performance.now() + bron.instellingen.timeoutMs);
  try {
    const zaak = await client.zaak(n.hoofdObject);
    const statusUrl = n.resource === 'status' ? n.resourceUrl : zaak.status;
    const status = statusUrl ? await client.status(statusUrl) : undefined;
    const [zaaktype, statustype, bsns] = await Promise.all([
      client.omschrijving(zaak.zaaktype, 'ZaakType'),
      status ? client.omschrijving(status.statustype, 'StatusType') : Promise.resolve(undefined),
      client.bsnsVanZaak(zaak.url),
    ]);
    breaker.success();
    return {
      vars: {
        url: zaak.url,
        uuid: zaak.uuid,
        identificatie: zaak.identificatie,
        omschrijving: zaak.omschrijving,
        zaaktype,
        zaaktypeUrl: zaak.zaaktype,
        status: statustype,
        statustypeUrl: status?.statustype,
        statustoelichting: status?.statustoelichting || undefined,
      },
      bsns,
      register: bron.instellingen.register,
    };
  } catch (error) {
    if (error instanceof BronStoring) breaker.failure();
    throw error;
  }
}
