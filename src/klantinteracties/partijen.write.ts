import { unlinkPartijFromContacts } from '../contacts/klantcontact-records.service.ts';
import { ontkoppelPartijVanGesprekken } from '../conversations/gesprek-verwijzingen.ts';
import type { PartijUpdate, SoortPartij } from '../db/schema.ts';
import {
  deleteIdentificatorenExcept,
  deletePartijRecord,
  insertPartijRecord,
  setOwnedByPartij,
  setPartijVoorkeuren,
  updatePartijRecord,
} from '../parties/partij-records.service.ts';
import { invalidParam, notFound } from './api-errors.ts';
import type { KiContext } from './ki-context.ts';
import { saveIdentificator, type IdentificatorBody } from './partij-identificatoren.resource.ts';
import { adresColumn, defined, requireFk, requireFks, type FkRef } from './schemas.ts';
import type { Adres } from '../db/schema.ts';

interface Contactnaam {
  voorletters?: string;
  voornaam?: string;
  voorvoegselAchternaam?: string;
  achternaam?: string;
}

export interface PartijBody {
  nummer?: string | null;
  interneNotitie?: string;
  digitaleAdressen?: FkRef[] | null;
  voorkeursDigitaalAdres?: FkRef | null;
  rekeningnummers?: FkRef[] | null;
  voorkeursRekeningnummer?: FkRef | null;
  partijIdentificatoren?: (Partial<IdentificatorBody> & { uuid?: string })[] | null;
  soortPartij: SoortPartij;
  indicatieGeheimhouding?: boolean | null;
  voorkeurstaal?: string;
  indicatieActief: boolean;
  bezoekadres?: Adres | null;
  correspondentieadres?: Adres | null;
  partijIdentificatie?: { contactnaam?: Contactnaam | null; naam?: string; werkteVoorPartij?: FkRef | null };
}

const orNull = (value: string | undefined) => (value ? value : null);

async function identificatieColumns(
  k: KiContext,
  soort: SoortPartij,
  identificatie: PartijBody['partijIdentificatie'],
): Promise<PartijUpdate> {
  if (!identificatie) return {};
  if (soort === 'organisatie')
    return defined({ organisatie_naam: identificatie.naam === undefined ? undefined : orNull(identificatie.naam) });
  const naam = identificatie.contactnaam;
  const columns: PartijUpdate =
    naam === undefined
      ? {}
      : {
          voorletters: orNull(naam?.voorletters),
          voornaam: orNull(naam?.voornaam),
          voorvoegsel_achternaam: orNull(naam?.voorvoegselAchternaam),
          achternaam: orNull(naam?.achternaam),
        };
  if (soort === 'contactpersoon') {
    const werkteVoor = await requireFk(k, 'partij', identificatie.werkteVoorPartij, 'partijIdentificatie.werkteVoorPartij');
    if (werkteVoor !== undefined) columns.werkte_voor_partij_id = werkteVoor;
  }
  return columns;
}

/** Links the listed adressen or rekeningnummers to the partij; on update, unlinks the others. */
async function linkOwned(
  k: KiContext,
  table: 'digitaal_adres' | 'rekeningnummer',
  partijId: string,
  refs: FkRef[] | null | undefined,
  field: string,
) {
  if (refs === undefined) return;
  await setOwnedByPartij(k.trx, table, partijId, await requireFks(k, table, refs ?? [], field));
}

async function saveIdentificatoren(k: KiContext, partijId: string, list: PartijBody['partijIdentificatoren'], isNew: boolean) {
  if (list === undefined) return;
  const items = list ?? [];
  if (!isNew) {
    // PUT/PATCH: the list replaces the partij's identificatoren; those named by uuid are updated.
    const keep = items.map((i) => i.uuid).filter((id): id is string => id !== undefined);
    await deleteIdentificatorenExcept(k.trx, partijId, keep);
  }
  for (const [index, item] of items.entries()) {
    const field = `partijIdentificatoren.${index}`;
    if (item.uuid && !(await k.trx.selectFrom('partij_identificator').select('id').where('id', '=', item.uuid).executeTakeFirst())) {
      throw invalidParam(`${field}.uuid`, 'does_not_exist', `Partij-identificator ${item.uuid} bestaat niet.`);
    }
    await saveIdentificator(k, item.uuid ?? null, item, field, partijId);
  }
}

async function checkVoorkeur(
  k: KiContext,
  table: 'digitaal_adres' | 'rekeningnummer',
  partijId: string,
  ref: FkRef | null | undefined,
  field: string,
) {
  const id = await requireFk(k, table, ref, field);
  if (!id) return id;
  const owned = await k.trx.selectFrom(table).select('id').where('id', '=', id).where('partij_id', '=', partijId).executeTakeFirst();
  if (!owned) throw invalidParam(field, 'invalid', 'Moet een van de eigen adressen of rekeningnummers van de partij zijn.');
  return id;
}

/** Writes a partij and its nested lists as the spec describes POST, PUT and PATCH. */
export async function writePartij(k: KiContext, id: string | null, body: Partial<PartijBody>): Promise<string> {
  const existing = id ? await k.trx.selectFrom('partij').select(['id', 'soort_partij']).where('id', '=', id).executeTakeFirst() : undefined;
  if (id && !existing) throw notFound();
  const soort = body.soortPartij ?? existing?.soort_partij ?? 'persoon';
  const columns: PartijUpdate = {
    ...defined({
      soort_partij: body.soortPartij,
      nummer: body.nummer ?? undefined,
      interne_notitie: body.interneNotitie === undefined ? undefined : orNull(body.interneNotitie),
      indicatie_geheimhouding: body.indicatieGeheimhouding === undefined ? undefined : (body.indicatieGeheimhouding ?? false),
      voorkeurstaal: body.voorkeurstaal || undefined,
      indicatie_actief: body.indicatieActief,
      bezoekadres: adresColumn(body.bezoekadres),
      correspondentieadres: adresColumn(body.correspondentieadres),
    }),
    ...(await identificatieColumns(k, soort, body.partijIdentificatie)),
  };
  const partijId = id ?? (await insertPartijRecord(k.trx, { soort_partij: soort, ...columns }));
  if (id) await updatePartijRecord(k.trx, id, columns, k.now);

  await saveIdentificatoren(k, partijId, body.partijIdentificatoren, !id);
  await linkOwned(k, 'digitaal_adres', partijId, body.digitaleAdressen, 'digitaleAdressen');
  await linkOwned(k, 'rekeningnummer', partijId, body.rekeningnummers, 'rekeningnummers');
  const voorkeuren = defined({
    voorkeurs_digitaal_adres_id: await checkVoorkeur(k, 'digitaal_adres', partijId, body.voorkeursDigitaalAdres, 'voorkeursDigitaalAdres'),
    voorkeurs_rekeningnummer_id: await checkVoorkeur(
      k,
      'rekeningnummer',
      partijId,
      body.voorkeursRekeningnummer,
      'voorkeursRekeningnummer',
    ),
  });
  await setPartijVoorkeuren(k.trx, partijId, voorkeuren);
  return partijId;
}

/** Deletes a partij; contact history keeps its rows but no longer points at the partij. */
export async function deletePartij(k: KiContext, id: string): Promise<void> {
  const { trx } = k;
  await unlinkPartijFromContacts(trx, id);
  await ontkoppelPartijVanGesprekken(trx, id);
  await deletePartijRecord(trx, id);
}
