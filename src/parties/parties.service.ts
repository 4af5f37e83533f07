import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { NewPartij, Partij, PartijUpdate } from '../db/schema.ts';
import { ValidationFailed } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking, type VerwerktObject } from '../platform/verwerkingslog.ts';
import { IdentificatorTaken, PartijNotFound, SearchCriteriaMissing } from './parties.errors.ts';
import type {
  DigitaalAdresInput,
  IdentificatorInput,
  NewPartijBody,
  PartijPatchBody,
  PartijResponse,
  PartijSearchQuery,
} from './parties.schemas.ts';
import * as q from './parties.queries.ts';
import { toPartijResponse, volledigeNaam } from './partij.mapper.ts';
import { checkIdentificatoren, normaliseDigitaalAdres, normalisePostcode } from './partij-validation.ts';

/**
 * Partijen: the persons and organisations the municipality is in contact with. Every read or
 * change goes through here, so each one is logged in the processing log in its transaction.
 */
const SOORTEN_GEGEVENS = ['naam', 'adres', 'geboortedatum', 'identificatoren', 'contactgegevens'];

function verwerktePartij(partij: Pick<Partij, 'id'>, betrokkenheid = 'klant'): VerwerktObject {
  return { objecttype: 'partij', objectId: partij.id, betrokkenheid, soortenGegevens: SOORTEN_GEGEVENS };
}

function columnsOf(body: PartijPatchBody): PartijUpdate {
  const values: PartijUpdate = {};
  if (body.voorletters !== undefined) values.voorletters = body.voorletters;
  if (body.voornaam !== undefined) values.voornaam = body.voornaam;
  if (body.voorvoegselAchternaam !== undefined) values.voorvoegsel_achternaam = body.voorvoegselAchternaam;
  if (body.achternaam !== undefined) values.achternaam = body.achternaam;
  if (body.organisatieNaam !== undefined) values.organisatie_naam = body.organisatieNaam;
  if (body.werkteVoorPartijId !== undefined) values.werkte_voor_partij_id = body.werkteVoorPartijId;
  if (body.geboortedatum !== undefined) values.geboortedatum = body.geboortedatum;
  if (body.interneNotitie !== undefined) values.interne_notitie = body.interneNotitie;
  if (body.indicatieGeheimhouding !== undefined) values.indicatie_geheimhouding = body.indicatieGeheimhouding;
  if (body.indicatieActief !== undefined) values.indicatie_actief = body.indicatieActief;
  if (body.voorkeurstaal !== undefined) values.voorkeurstaal = body.voorkeurstaal;
  if (body.geverifieerd !== undefined) values.geverifieerd = body.geverifieerd;
  for (const key of ['bezoekadres', 'correspondentieadres'] as const) {
    const adres = body[key];
    if (adres !== undefined)
      values[key] = JSON.stringify(adres.postcode ? { ...adres, postcode: normalisePostcode(adres.postcode) } : adres);
  }
  return values;
}

async function loadResponse(db: Db, partij: Partij): Promise<PartijResponse> {
  const [identificatoren, adressen] = await Promise.all([q.identificatorenOf(db, [partij.id]), q.digitaleAdressenOf(db, [partij.id])]);
  return toPartijResponse(partij, identificatoren, adressen);
}

async function addIdentificatorChecked(db: Db, partijId: string, input: IdentificatorInput) {
  const existing = await q.findIdentificator(db, input.codeSoortObjectId, input.objectId);
  if (existing && existing.partij_id !== partijId) throw IdentificatorTaken();
  return existing ?? q.insertIdentificator(db, partijId, input);
}

/** A werkteVoorPartijId must name a partij that exists; the foreign key would only say "500". */
async function checkWerkteVoor(db: Db, body: PartijPatchBody): Promise<void> {
  if (!body.werkteVoorPartijId) return;
  if (!(await q.findPartij(db, body.werkteVoorPartijId)))
    throw ValidationFailed([{ field: 'body.werkteVoorPartijId', message: 'er is geen partij met deze id' }]);
}

export async function createPartij(db: Db, ctx: RequestContext, body: NewPartijBody): Promise<PartijResponse> {
  checkIdentificatoren(body.identificatoren ?? [], 'body.identificatoren');
  return inTransaction(db, async (trx) => {
    await checkWerkteVoor(trx, body);
    const partij = await q.insertPartij(trx, { ...(columnsOf(body) as NewPartij), soort_partij: body.soortPartij });
    for (const identificator of body.identificatoren ?? []) await addIdentificatorChecked(trx, partij.id, identificator);
    for (const adres of body.digitaleAdressen ?? []) {
      await q.insertDigitaalAdres(trx, partij.id, { ...adres, adres: normaliseDigitaalAdres(adres.soortDigitaalAdres, adres.adres) });
    }
    await logVerwerking(trx, ctx, { actieNaam: 'Partij registreren', handelingNaam: 'Invoeren', objecten: [verwerktePartij(partij)] });
    return loadResponse(trx, partij);
  });
}

export async function getPartij(db: Db, ctx: RequestContext, id: string): Promise<PartijResponse> {
  return inTransaction(db, async (trx) => {
    const partij = await q.findPartij(trx, id);
    if (!partij) throw PartijNotFound();
    await logVerwerking(trx, ctx, {
      actieNaam: 'Partij raadplegen',
      handelingNaam: 'Raadplegen',
      vertrouwelijk: partij.indicatie_geheimhouding,
      objecten: [verwerktePartij(partij)],
    });
    return loadResponse(trx, partij);
  });
}

export async function updatePartij(db: Db, ctx: RequestContext, id: string, body: PartijPatchBody): Promise<PartijResponse> {
  return inTransaction(db, async (trx) => {
    await checkWerkteVoor(trx, body);
    const partij = await q.updatePartij(trx, id, columnsOf(body));
    if (!partij) throw PartijNotFound();
    await logVerwerking(trx, ctx, { actieNaam: 'Partij wijzigen', handelingNaam: 'Wijzigen', objecten: [verwerktePartij(partij)] });
    return loadResponse(trx, partij);
  });
}

export async function addIdentificator(db: Db, ctx: RequestContext, partijId: string, input: IdentificatorInput) {
  checkIdentificatoren([input], 'body');
  return inTransaction(db, async (trx) => {
    const partij = await q.findPartij(trx, partijId);
    if (!partij) throw PartijNotFound();
    await addIdentificatorChecked(trx, partijId, input);
    await logVerwerking(trx, ctx, { actieNaam: 'Identificator toevoegen', handelingNaam: 'Wijzigen', objecten: [verwerktePartij(partij)] });
    return loadResponse(trx, partij);
  });
}

export async function addDigitaalAdres(db: Db, ctx: RequestContext, partijId: string, input: DigitaalAdresInput) {
  return inTransaction(db, async (trx) => {
    const partij = await q.findPartij(trx, partijId);
    if (!partij) throw PartijNotFound();
    await q.insertDigitaalAdres(trx, partijId, { ...input, adres: normaliseDigitaalAdres(input.soortDigitaalAdres, input.adres) });
    await logVerwerking(trx, ctx, {
      actieNaam: 'Contactgegeven toevoegen',
      handelingNaam: 'Wijzigen',
      objecten: [verwerktePartij(partij)],
    });
    return loadResponse(trx, partij);
  });
}

export async function searchPartijen(db: Db, ctx: RequestContext, query: PartijSearchQuery) {
  if (!query.naam && !query.bsn && !query.email && !query.telefoonnummer && !query.postcode) throw SearchCriteriaMissing();
  return inTransaction(db, async (trx) => {
    const rows = await q.searchPartijen(trx, {
      ...query,
      email: query.email ? normaliseDigitaalAdres('email', query.email) : undefined,
      telefoonnummer: query.telefoonnummer ? normaliseDigitaalAdres('telefoonnummer', query.telefoonnummer) : undefined,
      limit: query.limit ?? 20,
    });
    await logVerwerking(trx, ctx, {
      actieNaam: 'Partijen zoeken',
      handelingNaam: 'Raadplegen',
      objecten: rows.map((p) => ({ objecttype: 'partij', objectId: p.id, betrokkenheid: 'zoekresultaat', soortenGegevens: ['naam'] })),
    });
    return rows.map((p) => ({
      id: p.id,
      nummer: p.nummer,
      soortPartij: p.soort_partij,
      volledigeNaam: volledigeNaam(p),
      geverifieerd: p.geverifieerd,
    }));
  });
}

/** For other domains: the partij holding an identificator (a BSN, KvK number); reads only the id, so logs nothing. */
export async function partijIdByIdentificator(
  db: Db,
  codeSoortObjectId: IdentificatorInput['codeSoortObjectId'],
  objectId: string,
): Promise<string | undefined> {
  return (await q.findIdentificator(db, codeSoortObjectId, objectId))?.partij_id ?? undefined;
}

/**
 * For other domains that ask registers about a partij (zaken by BSN or KvK number): its
 * identificatoren. The caller logs the processing it does with them.
 */
export async function identificatorenVanPartij(db: Db, partijId: string): Promise<{ codeSoortObjectId: string; objectId: string }[]> {
  if (!(await partijExists(db, partijId))) throw PartijNotFound();
  return (await q.identificatorenOf(db, [partijId])).map((i) => ({ codeSoortObjectId: i.code_soort_object_id, objectId: i.object_id }));
}

/** For other domains: does this partij exist? Reads no personal data, so logs nothing. */
export async function partijExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('partij').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export interface Afzender {
  soort: 'email' | 'telefoonnummer' | 'overig';
  adres: string;
  naam?: string | undefined;
}

/**
 * The partij behind an inbound sender: matched by digital address, a verified address first;
 * an unknown sender becomes a new, unverified partij with that address.
 */
export async function findOrCreatePartijByAfzender(
  db: Db,
  ctx: RequestContext,
  afzender: Afzender,
): Promise<{ id: string; nieuw: boolean }> {
  return inTransaction(db, async (trx) => {
    const adres = normaliseDigitaalAdres(afzender.soort, afzender.adres);
    const match = await q.findPartijByDigitaalAdres(trx, afzender.soort, adres);
    if (match) return { id: match.id, nieuw: false };
    const [voornaam, ...rest] = (afzender.naam ?? '').trim().split(/\s+/);
    const partij = await q.insertPartij(trx, {
      soort_partij: 'persoon',
      voornaam: voornaam || null,
      achternaam: rest.length > 0 ? rest.join(' ') : null,
      geverifieerd: false,
    });
    await q.insertDigitaalAdres(trx, partij.id, { soortDigitaalAdres: afzender.soort, adres });
    await logVerwerking(trx, ctx, { actieNaam: 'Afzender registreren', handelingNaam: 'Invoeren', objecten: [verwerktePartij(partij)] });
    return { id: partij.id, nieuw: true };
  });
}

/**
 * For proactive messages: where a partij wants to be reached digitally — its voorkeursadres,
 * else its standaardadres, else its first e-mail address or phone number. Reads the address
 * only; the caller logs the processing it does with it.
 */
export async function voorkeursDigitaalAdres(
  db: Db,
  partijId: string,
): Promise<{ soort: 'email' | 'telefoonnummer'; adres: string } | undefined> {
  // Her addresses with her preference beside each, in one round trip (none when there is no such partij).
  const adressen = await db
    .selectFrom('digitaal_adres')
    .innerJoin('partij', 'partij.id', 'digitaal_adres.partij_id')
    .select([
      'digitaal_adres.id',
      'digitaal_adres.soort_digitaal_adres',
      'digitaal_adres.adres',
      'digitaal_adres.is_standaard_adres',
      'partij.voorkeurs_digitaal_adres_id',
    ])
    .where('digitaal_adres.partij_id', '=', partijId)
    .where('digitaal_adres.soort_digitaal_adres', 'in', ['email', 'telefoonnummer'])
    .orderBy('digitaal_adres.aangemaakt_op')
    .execute();
  const gekozen = adressen.find((a) => a.id === a.voorkeurs_digitaal_adres_id) ?? adressen.find((a) => a.is_standaard_adres) ?? adressen[0];
  return gekozen ? { soort: gekozen.soort_digitaal_adres as 'email' | 'telefoonnummer', adres: gekozen.adres } : undefined;
}

/**
 * For the bot: whether a partij whose identity is verified has this digital address as a verified
 * address of its own (a WhatsApp number checked by the municipality). Reads no personal data back.
 */
export async function geverifieerdAdresVan(db: Db, partijId: string, soort: 'email' | 'telefoonnummer', adres: string): Promise<boolean> {
  const row = await db
    .selectFrom('digitaal_adres')
    .innerJoin('partij', 'partij.id', 'digitaal_adres.partij_id')
    .select('digitaal_adres.id')
    .where('partij.id', '=', partijId)
    .where('partij.geverifieerd', '=', true)
    .where('digitaal_adres.soort_digitaal_adres', '=', soort)
    .where('digitaal_adres.adres', '=', normaliseDigitaalAdres(soort, adres))
    .where('digitaal_adres.verificatie_datum', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}
