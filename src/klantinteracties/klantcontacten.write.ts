import { Type } from 'typebox';
import {
  insertBetrokkeneRecord,
  insertKlantcontactRecord,
  insertOnderwerpobjectRecord,
  deleteKlantcontactRecord,
  updateBetrokkeneRecord,
  updateKlantcontactRecord,
  updateOnderwerpobjectRecord,
} from '../contacts/klantcontact-records.service.ts';
import { ontkoppelKlantcontactVanGesprekken } from '../conversations/gesprek-verwijzingen.ts';
import type { Adres } from '../db/schema.ts';
import { deleteTakenOfKlantcontact } from '../tasks/interne-taak-records.service.ts';
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
    await updateKlantcontactRecord(k.trx, id, values);
    return id;
  }
  return insertKlantcontactRecord(k.trx, { ...values, kanaal: values.kanaal ?? '', onderwerp: values.onderwerp ?? '' });
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

export async function writeBetrokkene(
  k: KiContext,
  id: string | null,
  body: Partial<BetrokkeneBody>,
  field = '',
  klantcontactId?: string,
): Promise<string> {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const contactnaam = body.contactnaam;
  const values = defined({
    partij_id: await requireFk(k, 'partij', body.wasPartij, at('wasPartij')),
    klantcontact_id: klantcontactId ?? (await requireFk(k, 'klantcontact', body.hadKlantcontact, at('hadKlantcontact'))) ?? undefined,
    bezoekadres: adresColumn(body.bezoekadres),
    correspondentieadres: adresColumn(body.correspondentieadres),
    contactnaam:
      contactnaam === undefined
        ? undefined
        : contactnaam === null
          ? null
          : JSON.stringify(Object.fromEntries(Object.entries(contactnaam).filter(([, v]) => v))),
    rol: body.rol,
    organisatienaam: body.organisatienaam,
    initiator: body.initiator,
  });
  if (id) {
    await updateBetrokkeneRecord(k.trx, id, values);
    return id;
  }
  return insertBetrokkeneRecord(k.trx, { ...values, klantcontact_id: values.klantcontact_id ?? '', rol: values.rol ?? 'klant' });
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

export async function writeOnderwerpobject(
  k: KiContext,
  id: string | null,
  body: Partial<OnderwerpobjectBody>,
  field = '',
  klantcontactId?: string,
): Promise<string> {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const values = {
    ...defined({
      klantcontact_id: klantcontactId ?? (await requireFk(k, 'klantcontact', body.klantcontact, at('klantcontact'))),
      was_klantcontact_id: await requireFk(k, 'klantcontact', body.wasKlantcontact, at('wasKlantcontact')),
    }),
    ...identificatorColumns(body.onderwerpobjectidentificator),
  };
  if (id) {
    await updateOnderwerpobjectRecord(k.trx, id, values);
    return id;
  }
  return insertOnderwerpobjectRecord(k.trx, notEmpty(values, at('klantcontact')));
}

/** Deletes a klantcontact with what only exists through it; other history stops pointing at it. */
export async function deleteKlantcontact(k: KiContext, id: string): Promise<void> {
  await deleteTakenOfKlantcontact(k.trx, id);
  await ontkoppelKlantcontactVanGesprekken(k.trx, id);
  await deleteKlantcontactRecord(k.trx, id);
}
