import { deleteDigitaalAdresRecord, insertDigitaalAdresRecord, updateDigitaalAdresRecord } from '../parties/partij-gegevens.service.ts';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { normaliseDigitaalAdres } from '../parties/partij-validation.ts';
import type { SoortDigitaalAdres } from '../db/schema.ts';
import { invalidParam } from './api-errors.ts';
import { expandDigitaleAdressen } from './expansions.ts';
import { defineFilters, f } from './filters.ts';
import type { KiContext } from './ki-context.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, defined, FkRef, Nullable, requireFk } from './schemas.ts';

const SOORTEN = ['email', 'overig', 'telefoonnummer'] as const;

const properties = {
  verstrektDoorBetrokkene: Nullable(FkRef),
  verstrektDoorPartij: Nullable(FkRef),
  adres: Type.String({ minLength: 1, maxLength: 80 }),
  soortDigitaalAdres: Type.Union(SOORTEN.map((s) => Type.Literal(s))),
  isStandaardAdres: Type.Boolean(),
  omschrijving: Type.String({ maxLength: 40 }),
  referentie: Type.String({ maxLength: 50, pattern: '^[-a-zA-Z0-9_]*$' }),
  verificatieDatum: Nullable(Type.String({ format: 'date' })),
};

interface DigitaalAdresBody {
  verstrektDoorBetrokkene?: FkRef | null;
  verstrektDoorPartij?: FkRef | null;
  adres: string;
  soortDigitaalAdres: SoortDigitaalAdres;
  isStandaardAdres?: boolean;
  omschrijving?: string;
  referentie?: string;
  verificatieDatum?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function write(k: KiContext, id: string | null, body: Partial<DigitaalAdresBody>): Promise<string> {
  const current = id
    ? await k.trx.selectFrom('digitaal_adres').select(['soort_digitaal_adres', 'adres']).where('id', '=', id).executeTakeFirstOrThrow()
    : undefined;
  const soort = body.soortDigitaalAdres ?? current?.soort_digitaal_adres ?? 'overig';
  const adres = body.adres ?? (body.soortDigitaalAdres ? current?.adres : undefined);
  if (adres !== undefined && soort === 'email' && !EMAIL.test(adres.trim()))
    throw invalidParam('adres', 'invalid', 'Geen geldig e-mailadres.');
  if (adres !== undefined && soort === 'telefoonnummer' && !/^\+?\d{8,15}$/.test(normaliseDigitaalAdres(soort, adres)))
    throw invalidParam('adres', 'invalid', 'Geen geldig telefoonnummer.');
  const values = defined({
    betrokkene_id: await requireFk(k, 'betrokkene', body.verstrektDoorBetrokkene, 'verstrektDoorBetrokkene'),
    partij_id: await requireFk(k, 'partij', body.verstrektDoorPartij, 'verstrektDoorPartij'),
    // Loket compares addresses in normal form (06-12345678 is +31612345678), so stores them so.
    adres: adres === undefined ? undefined : normaliseDigitaalAdres(soort, adres),
    soort_digitaal_adres: body.soortDigitaalAdres,
    is_standaard_adres: body.isStandaardAdres,
    omschrijving: body.omschrijving,
    referentie: body.referentie,
    verificatie_datum: body.verificatieDatum,
  });
  if (id) {
    await updateDigitaalAdresRecord(k.trx, id, values);
    return id;
  }
  return insertDigitaalAdresRecord(k.trx, { ...values, adres: values.adres ?? '', soort_digitaal_adres: soort });
}

const list = (k: KiContext) =>
  k.trx
    .selectFrom('digitaal_adres')
    .leftJoin('betrokkene', 'betrokkene.id', 'digitaal_adres.betrokkene_id')
    .leftJoin('partij', 'partij.id', 'digitaal_adres.partij_id')
    .select('digitaal_adres.id')
    .orderBy('digitaal_adres.aangemaakt_op')
    .orderBy('digitaal_adres.id');
type Q = ReturnType<typeof list>;

const datum = (op: '=' | '>' | '>=' | '<' | '<=') =>
  f.date<Q>((q, v) => q.where(sql<string>`(digitaal_adres.verificatie_datum at time zone 'UTC')::date`, op, v));
const partijIdentificator = (column: 'code_objecttype' | 'code_register' | 'code_soort_object_id' | 'object_id') =>
  f.string<Q>((q, v) =>
    q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('partij_identificator as i')
          .select('i.id')
          .whereRef('i.partij_id', '=', 'digitaal_adres.partij_id')
          .where(`i.${column}`, '=', v),
      ),
    ),
  );
const byBetrokkene = (q: Q, v: string) => q.where('digitaal_adres.betrokkene_id', '=', v);
const byPartij = (q: Q, v: string) => q.where('digitaal_adres.partij_id', '=', v);

export const digitaleAdressenResource: ResourceDef<Q, DigitaalAdresBody> = {
  path: 'digitaleadressen',
  noun: 'Digitaal adres',
  lezen: 'partij:lezen',
  schrijven: 'partij:schrijven',
  ...bodySchemas(properties, ['adres', 'soortDigitaalAdres']),
  expand: [
    'verstrektDoorBetrokkene',
    'verstrektDoorBetrokkene.hadKlantcontact',
    'verstrektDoorBetrokkene.hadKlantcontact.leiddeTotInterneTaken',
  ],
  filters: defineFilters<Q>({
    adres: f.string((q, v) => q.where('digitaal_adres.adres', '=', v)),
    adres__icontains: f.string((q, v) =>
      q.where(sql<string>`lower(digitaal_adres.adres)`, 'like', `%${v.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
    ),
    isGeverifieerd: f.bool((q, v) => q.where('digitaal_adres.verificatie_datum', v ? 'is not' : 'is', null)),
    isStandaardAdres: f.bool((q, v) => q.where('digitaal_adres.is_standaard_adres', '=', v)),
    omschrijving: f.string((q, v) => q.where('digitaal_adres.omschrijving', '=', v)),
    referentie: f.string((q, v) => q.where('digitaal_adres.referentie', '=', v)),
    soortDigitaalAdres: f.oneOf(SOORTEN)((q, v) => q.where('digitaal_adres.soort_digitaal_adres', '=', v)),
    verificatieDatum: datum('='),
    verificatieDatum__gt: datum('>'),
    verificatieDatum__gte: datum('>='),
    verificatieDatum__lt: datum('<'),
    verificatieDatum__lte: datum('<='),
    verstrektDoorBetrokkene__rol: f.oneOf(['klant', 'vertegenwoordiger'] as const)((q, v) => q.where('betrokkene.rol', '=', v)),
    verstrektDoorBetrokkene__url: f.url(byBetrokkene),
    verstrektDoorBetrokkene__uuid: f.uuid(byBetrokkene),
    verstrektDoorPartij__partijIdentificator__codeObjecttype: partijIdentificator('code_objecttype'),
    verstrektDoorPartij__partijIdentificator__codeRegister: partijIdentificator('code_register'),
    verstrektDoorPartij__partijIdentificator__codeSoortObjectId: partijIdentificator('code_soort_object_id'),
    verstrektDoorPartij__partijIdentificator__objectId: partijIdentificator('object_id'),
    verstrektDoorPartij__soortPartij: f.oneOf(['contactpersoon', 'organisatie', 'persoon'] as const)((q, v) =>
      q.where('partij.soort_partij', '=', v),
    ),
    verstrektDoorPartij__url: f.url(byPartij),
    verstrektDoorPartij__uuid: f.uuid(byPartij),
  }),
  list,
  load: expandDigitaleAdressen,
  table: 'digitaal_adres',
  write: write,
  remove: (k, id) => deleteDigitaalAdresRecord(k.trx, id),
};
