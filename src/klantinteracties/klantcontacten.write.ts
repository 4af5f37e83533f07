import { Type } from 'typebox';
import type { Adres } from '../db/schema.ts';
import type { KiContext } from './ki-context.ts';
import { AdresBody, adresColumn, defined, FkRef, notEmpty, Nullable, ObjectIdentificatorBody, requireFk } from './schemas.ts';

/** Request shapes and writes of klantcontact, betrokkene and onderwerpobject, shared with maak-klantcontact. */
export const klantcontactProperties = {
  nummer: Nullable(Type.String({ maxLength: 10 })),
  referentienummer: Nullable(Type.String({ maxLength: 10 })),
  kanaal: Type.String({ minLength: 1, maxLength: 50 }),
  onderwerp: Type.String({ minLength: 1, maxLength: 200 }),
  inhoud: Type.String({ maxLength: 1000 }),
  reactie: Type.String({ maxLength: 4000 }),
  indicatieContactGelukt: Nullable(Type.Boolean()),
  hoofdOnderwerpType: Type.Union([Type.Literal(''), Type.String({ format: 'uri', maxLength: 200 })]),
  verdereActieOndernomen: Type.Boolean(),
  taal: Type.String({ minLength: 1, maxLength: 3 }),
  vertrouwelijk: Type.Boolean(),
  plaatsgevondenOp: Type.String({ format: 'date-time' }),
  metadata: Type.Record(Type.String(), Type.String({ maxLength: 255 })),
};
export const KLANTCONTACT_REQUIRED = ['kanaal', 'onderwerp', 'taal', 'vertrouwelijk'];

export interface KlantcontactBody {
  nummer?: string | null;
  referentienummer?: string | null;
  kanaal: string;
  onderwerp: string;
  inhoud?: string;
  reactie?: string;
  indicatieContactGelukt?: boolean | null;
  hoofdOnderwerpType?: string;
  verdereActieOndernomen?: boolean;
  taal: string;
  vertrouwelijk: boolean;
  plaatsgevondenOp?: string;
  metadata?: Record<string, string>;
}

export async function writeKlantcontact(k: KiContext, id: string | null, body: Partial<KlantcontactBody>): Promise<string> {
  const values = defined({
    nummer: body.nummer ?? undefined,
    referentienummer: body.referentienummer,
    kanaal: body.kanaal,
    onderwerp: body.onderwerp,
    inhoud: body.inhoud,
    reactie: body.reactie,
    indicatie_contact_gelukt: body.indicatieContactGelukt,
    hoofd_onderwerp_type: body.hoofdOnderwerpType === undefined ? undefined : body.hoofdOnderwerpType || null,
    verdere_actie_ondernomen: body.verdereActieOndernomen,
    taal: body.taal,
    vertrouwelijk: body.vertrouwelijk,
    plaatsgevonden_op: body.plaatsgevondenOp,
    metadata: body.metadata === undefined ? undefined : JSON.stringify(body.metadata),
  });
  if (id) {
    if (Object.keys(values).length > 0) await k.trx.updateTable('klantcontact').set(values).where('id', '=', id).execute();
    return id;
  }
  const row = await k.trx.insertInto('klantcontact').values({ ...values, kanaal: values.kanaal ?? '', onderwerp: values.onderwerp ?? '' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

const Contactnaam = Type.Object({
  voorletters: Type.Optional(Type.String({ maxLength: 10 })),
  voornaam: Type.Optional(Type.String({ maxLength: 200 })),
  voorvoegselAchternaam: Type.Optional(Type.String({ maxLength: 10 })),
  achternaam: Type.Optional(Type.String({ maxLength: 200 })),
});

export const betrokkeneProperties = {
  wasPartij: Nullable(FkRef),
  bezoekadres: Nullable(AdresBody),
  correspondentieadres: Nullable(AdresBody),
  contactnaam: Nullable(Contactnaam),
  rol: Type.Union([Type.Literal('vertegenwoordiger'), Type.Literal('klant')]),
  organisatienaam: Type.String({ maxLength: 200 }),
  initiator: Type.Boolean(),
};
export const BETROKKENE_REQUIRED = ['rol', 'initiator'];

export interface BetrokkeneBody {
  wasPartij?: FkRef | null;
  hadKlantcontact: FkRef;
  bezoekadres?: Adres | null;
  correspondentieadres?: Adres | null;
  contactnaam?: Record<string, string> | null;
  rol: 'vertegenwoordiger' | 'klant';
  organisatienaam?: string;
  initiator: boolean;
}

export async function writeBetrokkene(k: KiContext, id: string | null, body: Partial<BetrokkeneBody>, field = '', klantcontactId?: string): Promise<string> {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const contactnaam = body.contactnaam;
  const values = defined({
    partij_id: await requireFk(k, 'partij', body.wasPartij, at('wasPartij')),
    klantcontact_id: klantcontactId ?? (await requireFk(k, 'klantcontact', body.hadKlantcontact, at('hadKlantcontact'))) ?? undefined,
    bezoekadres: adresColumn(body.bezoekadres),
    correspondentieadres: adresColumn(body.correspondentieadres),
    contactnaam: contactnaam === undefined ? undefined : contactnaam === null ? null : JSON.stringify(Object.fromEntries(Object.entries(contactnaam).filter(([, v]) => v))),
    rol: body.rol,
    organisatienaam: body.organisatienaam,
    initiator: body.initiator,
  });
  if (id) {
    if (Object.keys(values).length > 0) await k.trx.updateTable('betrokkene').set(values).where('id', '=', id).execute();
    return id;
  }
  const row = await k.trx.insertInto('betrokkene').values({ ...values, klantcontact_id: values.klantcontact_id ?? '', rol: values.rol ?? 'klant' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export const onderwerpobjectProperties = {
  wasKlantcontact: Nullable(FkRef),
  onderwerpobjectidentificator: Nullable(ObjectIdentificatorBody),
};

export interface OnderwerpobjectBody {
  klantcontact?: FkRef | null;
  wasKlantcontact?: FkRef | null;
  onderwerpobjectidentificator?: ObjectIdentificatorBody | null;
}

export function identificatorColumns(ident: ObjectIdentificatorBody | null | undefined) {
  if (ident === undefined) return {};
  return {
    object_id: ident?.objectId || null,
    code_objecttype: ident?.codeObjecttype || null,
    code_register: ident?.codeRegister || null,
    code_soort_object_id: ident?.codeSoortObjectId || null,
  };
}

export async function writeOnderwerpobject(k: KiContext, id: string | null, body: Partial<OnderwerpobjectBody>, field = '', klantcontactId?: string): Promise<string> {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const values = {
    ...defined({
      klantcontact_id: klantcontactId ?? (await requireFk(k, 'klantcontact', body.klantcontact, at('klantcontact'))),
      was_klantcontact_id: await requireFk(k, 'klantcontact', body.wasKlantcontact, at('wasKlantcontact')),
    }),
    ...identificatorColumns(body.onderwerpobjectidentificator),
  };
  if (id) {
    if (Object.keys(values).length > 0) await k.trx.updateTable('onderwerpobject').set(values).where('id', '=', id).execute();
    return id;
  }
  return (await k.trx.insertInto('onderwerpobject').values(notEmpty(values, at('klantcontact'))).returning('id').executeTakeFirstOrThrow()).id;
}

/** Deletes a klantcontact with what only exists through it; other history stops pointing at it. */
export async function deleteKlantcontact(k: KiContext, id: string): Promise<void> {
  await k.trx.deleteFrom('interne_taak').where('klantcontact_id', '=', id).execute();
  await k.trx.updateTable('onderwerpobject').set({ was_klantcontact_id: null }).where('was_klantcontact_id', '=', id).execute();
  await k.trx.updateTable('gesprek').set({ klantcontact_id: null }).where('klantcontact_id', '=', id).execute();
  await k.trx.deleteFrom('klantcontact').where('id', '=', id).execute();
}
