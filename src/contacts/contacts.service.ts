import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { meldKlantcontact } from '../notificaties/notificaties-uit.ts';
import { partijExists } from '../parties/parties.service.ts';
import { volledigeNaam } from '../parties/partij.mapper.ts';
import { partijHiddenFrom } from '../parties/verificatie-poort.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking, type VerwerktObject } from '../platform/verwerkingslog.ts';
import { LOKET_SYSTEEM_ACTOR_ID } from '../platform/system-actor.ts';
import { BetrokkenPartijNotFound, KlantcontactNotFound, VerzoekNotFound } from './contacts.errors.ts';
import * as q from './contacts.queries.ts';
import type { KlantcontactResponse, NewKlantcontactBody, ObjectIdentificator } from './contacts.schemas.ts';
import { verzoekExists } from './verzoeken.queries.ts';

/**
 * Klantcontacten: one contact moment on any channel, with who was involved (betrokkenen), what
 * it was about (onderwerpobjecten) and who handled it (actoren).
 */
function verwerkteObjecten(klantcontactId: string, partijIds: (string | null)[]): VerwerktObject[] {
  return [
    { objecttype: 'klantcontact', objectId: klantcontactId, betrokkenheid: 'klantcontact', soortenGegevens: ['inhoud'] },
    ...partijIds
      .filter((id): id is string => id !== null)
      .map((id) => ({ objecttype: 'partij' as const, objectId: id, betrokkenheid: 'klant', soortenGegevens: ['naam'] })),
  ];
}

export async function createKlantcontact(db: Db, ctx: RequestContext, body: NewKlantcontactBody): Promise<KlantcontactResponse> {
  return inTransaction(db, async (trx) => loadKlantcontact(trx, (await registreerKlantcontact(trx, ctx, body)).id));
}

/** Registers a klantcontact without reading it back: for callers that need only its id (the ingest pipeline). */
export async function registreerKlantcontact(
  db: Db,
  ctx: RequestContext,
  body: NewKlantcontactBody,
): Promise<{ id: string; nummer: string }> {
  return inTransaction(db, async (trx) => {
    const betrokkenen = body.betrokkenen ?? [];
    for (const b of betrokkenen) if (b.partijId && !(await partijExists(trx, b.partijId))) throw BetrokkenPartijNotFound();
    if (body.verzoekId && !(await verzoekExists(trx, body.verzoekId))) throw VerzoekNotFound();
    const contact = await q.insertKlantcontact(trx, {
      kanaal: body.kanaal,
      onderwerp: body.onderwerp,
      inhoud: body.inhoud ?? null,
      reactie: body.reactie ?? null,
      plaatsgevonden_op: body.plaatsgevondenOp ?? new Date(),
      indicatie_contact_gelukt: body.indicatieContactGelukt ?? null,
      taal: body.taal ?? 'nld',
      vertrouwelijk: body.vertrouwelijk ?? false,
      verzoek_id: body.verzoekId ?? null,
    });
    await q.insertBetrokkenen(trx, contact.id, betrokkenen);
    await q.insertOnderwerpobjecten(trx, contact.id, body.onderwerpobjecten ?? []);
    await meldKlantcontact(trx, contact.id, 'create', { nummer: contact.nummer, kanaal: contact.kanaal });
    // Loket's own processing is not "handling": the agent who answers is linked instead.
    if (ctx.principal.actorId !== LOKET_SYSTEEM_ACTOR_ID) await q.insertActorKlantcontact(trx, ctx.principal.actorId, contact.id);
    await logVerwerking(trx, ctx, {
      actieNaam: 'Klantcontact registreren',
      handelingNaam: 'Invoeren',
      vertrouwelijk: contact.vertrouwelijk,
      objecten: verwerkteObjecten(
        contact.id,
        betrokkenen.map((b) => b.partijId ?? null),
      ),
    });
    return { id: contact.id, nummer: contact.nummer };
  });
}

export async function getKlantcontact(db: Db, ctx: RequestContext, id: string): Promise<KlantcontactResponse> {
  return inTransaction(db, async (trx) => {
    const response = await gated(trx, ctx, id, await loadKlantcontact(trx, id));
    await logVerwerking(trx, ctx, {
      actieNaam: 'Klantcontact raadplegen',
      handelingNaam: 'Raadplegen',
      vertrouwelijk: response.vertrouwelijk,
      objecten: verwerkteObjecten(
        id,
        response.betrokkenen.map((b) => b.partijId),
      ),
    });
    return response;
  });
}

/**
 * The klantcontact of a gesprek whose caller is not verified names no partij to a kcc agent (the
 * gate in parties/verificatie-poort.ts). A partij the agent registered inside the gesprek (a balie
 * visit) counts as verified there, so the agent keeps seeing whom they just registered.
 */
async function gated(db: Db, ctx: RequestContext, id: string, response: KlantcontactResponse): Promise<KlantcontactResponse> {
  const gesprekken = await db.selectFrom('gesprek').select(['partij_id', 'geverifieerd_op']).where('klantcontact_id', '=', id).execute();
  if (!gesprekken.some((gesprek) => partijHiddenFrom(ctx, gesprek))) return response;
  return { ...response, betrokkenen: response.betrokkenen.map((b) => ({ ...b, partijId: null, volledigeNaam: null })) };
}

async function loadKlantcontact(db: Db, id: string): Promise<KlantcontactResponse> {
  const contact = await q.findKlantcontact(db, id);
  if (!contact) throw KlantcontactNotFound();
  const [betrokkenen, objecten, actoren, taken] = await Promise.all([
    q.betrokkenenOf(db, id),
    q.onderwerpobjectenOf(db, id),
    q.actorenOf(db, id),
    q.interneTakenOf(db, id),
  ]);
  return {
    id: contact.id,
    nummer: contact.nummer,
    kanaal: contact.kanaal,
    onderwerp: contact.onderwerp,
    inhoud: contact.inhoud,
    reactie: contact.reactie,
    plaatsgevondenOp: new Date(contact.plaatsgevonden_op).toISOString(),
    indicatieContactGelukt: contact.indicatie_contact_gelukt,
    taal: contact.taal,
    vertrouwelijk: contact.vertrouwelijk,
    verzoekId: contact.verzoek_id,
    betrokkenen: betrokkenen.map((b) => ({
      id: b.id,
      partijId: b.partij_id,
      rol: b.rol,
      initiator: b.initiator,
      volledigeNaam: b.soort_partij ? volledigeNaam({ ...b, soort_partij: b.soort_partij }) : null,
    })),
    onderwerpobjecten: objecten.map((o) => ({
      id: o.id,
      codeObjecttype: o.code_objecttype ?? '',
      codeRegister: o.code_register ?? '',
      codeSoortObjectId: o.code_soort_object_id ?? '',
      objectId: o.object_id ?? '',
    })),
    actoren: actoren.map((a) => ({ id: a.id, naam: a.naam, soortActor: a.soort_actor })),
    interneTaken: taken,
  };
}

/** Links a contact moment to the verzoek it is about (or unlinks it with null). */
export async function linkToVerzoek(db: Db, ctx: RequestContext, klantcontactId: string, verzoekId: string | null) {
  return inTransaction(db, async (trx) => {
    if (verzoekId && !(await verzoekExists(trx, verzoekId))) throw VerzoekNotFound();
    const result = await q.setVerzoek(trx, klantcontactId, verzoekId);
    if (Number(result.numUpdatedRows) === 0) throw KlantcontactNotFound();
    return getKlantcontact(trx, ctx, klantcontactId);
  });
}

/**
 * Adds what a contact moment was about after the fact (a zaak the agent opened), with how it reads
 * to a person, so the timeline shows it without asking the register again. The same object twice
 * is one link.
 */
export async function addOnderwerpobject(
  db: Db,
  ctx: RequestContext,
  klantcontactId: string,
  object: ObjectIdentificator,
  weergave: { identificatie: string | null; omschrijving: string | null },
) {
  return inTransaction(db, async (trx) => {
    const contact = await q.findKlantcontact(trx, klantcontactId);
    if (!contact) throw KlantcontactNotFound();
    const bestaand = (await q.onderwerpobjectenOf(trx, klantcontactId)).find(
      (o) => o.code_objecttype === object.codeObjecttype && o.code_register === object.codeRegister && o.object_id === object.objectId,
    );
    if (!bestaand) await q.insertOnderwerpobjecten(trx, klantcontactId, [object], weergave);
    const betrokkenen = await q.betrokkenenOf(trx, klantcontactId);
    await logVerwerking(trx, ctx, {
      actieNaam: 'Onderwerp aan klantcontact koppelen',
      handelingNaam: 'Wijzigen',
      vertrouwelijk: contact.vertrouwelijk,
      objecten: verwerkteObjecten(
        klantcontactId,
        betrokkenen.map((b) => b.partij_id),
      ),
    });
    return { nieuw: !bestaand };
  });
}

export async function klantcontactExists(db: Db, id: string): Promise<boolean> {
  return (await q.findKlantcontact(db, id)) !== undefined;
}

/**
 * A citizen's survey comment as a klantcontact of its own (kanaal 'feedback'), so the topic
 * analytics classify and count it with the rest. Anonymous like the survey: no partij, no
 * verzoek, no handling actor, and not announced to subscribers, since no one is to act on it.
 */
export async function registreerFeedback(db: Db, opmerking: { inhoud: string; op: Date }): Promise<string> {
  const contact = await q.insertKlantcontact(db, {
    kanaal: 'feedback',
    onderwerp: 'Opmerking bij enquête',
    inhoud: opmerking.inhoud,
    plaatsgevonden_op: opmerking.op,
  });
  return contact.id;
}
