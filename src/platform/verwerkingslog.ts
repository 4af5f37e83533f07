import { sql, type Transaction } from 'kysely';
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
  const { objecten } = verwerking;
  // One statement (one round trip) for the action and its objects: it runs with every read of personal data.
  await sql`
    with actie as (
      insert into verwerkingsactie (actie_naam, handeling_naam, verwerking_naam, vertrouwelijkheid, bewaartermijn, gebruiker, gebruiker_naam, rol, doel, request_id)
      values (${verwerking.actieNaam}, ${verwerking.handelingNaam}, ${verwerking.verwerkingNaam ?? DEFAULT_VERWERKING},
              ${verwerking.vertrouwelijk ? 'vertrouwelijk' : 'normaal'}, ${verwerking.bewaartermijn ?? DEFAULT_BEWAARTERMIJN},
              ${ctx.principal.id}, ${ctx.principal.naam}, ${ctx.principal.rollen.join(',')}, ${ctx.doel}, ${ctx.requestId})
      returning id
    )
    insert into verwerkt_object (verwerkingsactie_id, objecttype, soort_object_id, object_id, betrokkenheid, verwerkte_soorten_gegevens)
    select actie.id, o.objecttype, o.soort_object_id, o.object_id, o.betrokkenheid, o.gegevens::jsonb
      from actie,
           unnest(${objecten.map((o) => o.objecttype)}::text[], ${objecten.map((o) => o.soortObjectId ?? 'uuid')}::text[],
                  ${objecten.map((o) => o.objectId)}::text[], ${objecten.map((o) => o.betrokkenheid ?? 'betrokkene')}::text[],
                  ${objecten.map((o) => JSON.stringify(o.soortenGegevens ?? []))}::text[])
             with ordinality as o(objecttype, soort_object_id, object_id, betrokkenheid, gegevens, n)
     order by o.n`.execute(trx);
}
