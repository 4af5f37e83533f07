import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { RequestContext } from './principal.ts';

/**
 * Verwerkingenlogging after the VNG standard: who processed which personal data, how, why
 * and when. Callers pass their open transaction, so the log row commits with the read or
 * change it describes, or not at all.
 */
export type Handeling = 'Raadplegen' | 'Invoeren' | 'Wijzigen' | 'Verwijderen' | 'Samenvoegen' | 'Verifiëren';

export interface VerwerktObject {
  /**
   * brp_zoekvraag: a BRP search that found no one (objectId is the search type, no personal data).
   * bot_vraag: a citizen's question to the bot, read (masked) by a redacteur.
   * gebeurtenis, gebeurtenis_signaal: a received event and a rule's signal, whose free-form content may name an inwoner.
   */
  objecttype:
    | 'partij'
    | 'klantcontact'
    | 'interne_taak'
    | 'verzoek'
    | 'gesprek'
    | 'zaak'
    | 'brp_zoekvraag'
    | 'bot_vraag'
    | 'gebeurtenis'
    | 'gebeurtenis_signaal';
  objectId: string;
  /** 'uuid' for Loket's own ids, 'bsn' when a citizen is identified by BSN. */
  soortObjectId?: string;
  betrokkenheid?: string;
  soortenGegevens?: string[];
}

export interface Verwerking {
  actieNaam: string;
  handelingNaam: Handeling;
  verwerkingNaam?: string;
  vertrouwelijk?: boolean;
  /** ISO 8601 duration the log entry is kept, by the processing's legal basis. */
  bewaartermijn?: string;
  objecten: VerwerktObject[];
}

const DEFAULT_VERWERKING = 'Klantcontact';
const DEFAULT_BEWAARTERMIJN = 'P2Y';

export async function logVerwerking(trx: Transaction<Database>, ctx: RequestContext, verwerking: Verwerking): Promise<void> {
  if (verwerking.objecten.length === 0) return;
  const actie = await trx
    .insertInto('verwerkingsactie')
    .values({
      actie_naam: verwerking.actieNaam,
      handeling_naam: verwerking.handelingNaam,
      verwerking_naam: verwerking.verwerkingNaam ?? DEFAULT_VERWERKING,
      vertrouwelijkheid: verwerking.vertrouwelijk ? 'vertrouwelijk' : 'normaal',
      bewaartermijn: verwerking.bewaartermijn ?? DEFAULT_BEWAARTERMIJN,
      gebruiker: ctx.principal.id,
      gebruiker_naam: ctx.principal.naam,
      rol: ctx.principal.rollen.join(','),
      doel: ctx.doel,
      request_id: ctx.requestId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('verwerkt_object')
    .values(
      verwerking.objecten.map((o) => ({
        verwerkingsactie_id: actie.id,
        objecttype: o.objecttype,
        soort_object_id: o.soortObjectId ?? 'uuid',
        object_id: o.objectId,
        betrokkenheid: o.betrokkenheid ?? 'betrokkene',
        verwerkte_soorten_gegevens: JSON.stringify(o.soortenGegevens ?? []),
      })),
    )
    .execute();
}
