import { addOnderwerpobject } from '../../contacts/contacts.service.ts';
import type { RequestContext } from '../../platform/principal.ts';
import type { Backoffice } from '../backoffice.ts';
import { BronOnbereikbaar } from '../bronnen/bronnen.errors.ts';
import { BronStoring } from '../../platform/http-client/bron-http.ts';
import { bronVanZaak, ZaakNietGevonden } from './zaak-historie.ts';
import { ZgwClient, zgwSpecs } from './zgw.client.ts';

/**
 * Links a zaak to a klantcontact the way KISS does: an onderwerpobject zgw-Zaak with the zaak's
 * uuid, in the source's register. Where the Zaken API allows it, the contact is also registered
 * on the zaak (zaakcontactmoment); that is a courtesy to the back office, so a refusal is logged,
 * not an error.
 */
export async function koppelZaak(
  bo: Backoffice,
  ctx: RequestContext,
  klantcontactUrl: (id: string) => string,
  input: { klantcontactId: string; bron: string; zaakUrl: string },
) {
  const bron = await bronVanZaak(bo, input.zaakUrl);
  if (!bron || (bron.naam !== input.bron && bron.id !== input.bron)) throw ZaakNietGevonden();
  zgwSpecs();
  const client = new ZgwClient(
    bo,
    bron,
    { id: ctx.principal.id, naam: ctx.principal.naam },
    performance.now() + bron.instellingen.timeoutMs,
  );
  let zaak;
  try {
    zaak = await client.zaak(input.zaakUrl);
  } catch (error) {
    if (!(error instanceof BronStoring)) throw error;
    throw BronOnbereikbaar(bron.naam);
  }
  const onderwerpobject = {
    codeObjecttype: 'zgw-Zaak',
    codeRegister: bron.instellingen.register,
    codeSoortObjectId: 'uuid',
    objectId: zaak.uuid,
  };
  const { nieuw } = await addOnderwerpobject(bo.db, ctx, input.klantcontactId, onderwerpobject, {
    identificatie: zaak.identificatie ?? null,
    omschrijving: zaak.omschrijving ?? null,
  });
  let zaakcontactmoment = false;
  if (nieuw) {
    try {
      zaakcontactmoment = await new ZgwClient(
        bo,
        bron,
        { id: ctx.principal.id, naam: ctx.principal.naam },
        performance.now() + bron.instellingen.timeoutMs,
      ).zaakcontactmoment(input.zaakUrl, klantcontactUrl(input.klantcontactId));
    } catch (error) {
      if (!(error instanceof BronStoring)) throw error;
    }
    if (!zaakcontactmoment)
      bo.log.warn({ bron: bron.naam, zaak: input.zaakUrl }, 'zaakcontactmoment niet geregistreerd; de koppeling in Loket staat');
  }
  return { onderwerpobject, zaak: { identificatie: zaak.identificatie ?? '', omschrijving: zaak.omschrijving ?? null }, zaakcontactmoment };
}
