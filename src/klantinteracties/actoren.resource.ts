import { deleteActorRecord, insertActorRecord, updateActorRecord } from '../auth/actor-records.service.ts';
import {
  deleteActorKlantcontactRecord,
  insertActorKlantcontactRecord,
  unlinkActorFromKlantcontacten,
  updateActorKlantcontactRecord,
} from '../contacts/klantcontact-records.service.ts';
import { unassignActorFromTaken } from '../tasks/interne-taak-records.service.ts';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { ontkoppelAfzenderVanBerichten } from '../conversations/gesprek-verwijzingen.ts';
import type { SoortActor } from '../db/schema.ts';
import { invalidParam } from './api-errors.ts';
import { actorIdentificatieFields, loadActoren } from './actoren.load.ts';
import { defineFilters, f } from './filters.ts';
import type { KiContext } from './ki-context.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, defined, FkRef, Nullable, ObjectIdentificatorBody, requireFk } from './schemas.ts';

const SOORTEN = ['geautomatiseerde_actor', 'medewerker', 'organisatorische_eenheid'] as const;
const TELEFOON = '^(0[1-9][0-9]{8}|\\+[0-9]{9,15}|00[0-9]{7,13})?$';

const properties = {
  naam: Type.String({ minLength: 1, maxLength: 200 }),
  soortActor: Type.Union(SOORTEN.map((s) => Type.Literal(s))),
  indicatieActief: Type.Boolean(),
  actoridentificator: Nullable(ObjectIdentificatorBody),
  // One shape per soortActor; the fields that do not belong to the soort are ignored.
  actorIdentificatie: Type.Object({
    functie: Type.Optional(Type.String({ maxLength: 40 })),
    emailadres: Type.Optional(Type.Union([Type.Literal(''), Type.String({ format: 'email', maxLength: 254 })])),
    telefoonnummer: Type.Optional(Type.String({ pattern: TELEFOON, maxLength: 20 })),
    faxnummer: Type.Optional(Type.String({ maxLength: 20 })),
    omschrijving: Type.Optional(Type.String({ maxLength: 200 })),
  }),
};

interface ActorBody {
  naam: string;
  soortActor: SoortActor;
  indicatieActief?: boolean;
  actoridentificator?: ObjectIdentificatorBody | null;
  actorIdentificatie?: Record<string, string>;
}

async function write(k: KiContext, id: string | null, body: Partial<ActorBody>): Promise<string> {
  const current = id ? await k.trx.selectFrom('actor').select('soort_actor').where('id', '=', id).executeTakeFirstOrThrow() : undefined;
  const soort = body.soortActor ?? current?.soort_actor ?? 'medewerker';
  const identificatie =
    body.actorIdentificatie === undefined
      ? undefined
      : JSON.stringify(
          Object.fromEntries(
            Object.entries(body.actorIdentificatie).filter(([key, value]) => actorIdentificatieFields(soort).includes(key) && value),
          ),
        );
  const values = defined({
    naam: body.naam,
    soort_actor: body.soortActor,
    indicatie_actief: body.indicatieActief,
    actoridentificator:
      body.actoridentificator === undefined ? undefined : body.actoridentificator === null ? null : JSON.stringify(body.actoridentificator),
    actor_identificatie: identificatie,
  });
  if (id) {
    await updateActorRecord(k.trx, id, values);
    return id;
  }
  return insertActorRecord(k.trx, { ...values, naam: values.naam ?? '', soort_actor: soort });
}

/** Actors that are Loket's own logins, teams or API tokens cannot be deleted through the API. */
async function remove(k: KiContext, id: string): Promise<void> {
  const { trx } = k;
  const used = await Promise.all([
    trx.selectFrom('medewerker').select('id').where('actor_id', '=', id).executeTakeFirst(),
    trx.selectFrom('team').select('id').where('actor_id', '=', id).executeTakeFirst(),
    trx.selectFrom('api_token').select('id').where('actor_id', '=', id).executeTakeFirst(),
  ]);
  if (used.some((row) => row !== undefined))
    throw invalidParam(
      'nonFieldErrors',
      'protected',
      'Deze actor is een medewerker, team of API-koppeling van Loket; beheer die in Loket.',
    );
  await unlinkActorFromKlantcontacten(trx, id);
  await unassignActorFromTaken(trx, id);
  await ontkoppelAfzenderVanBerichten(trx, id);
  await deleteActorRecord(trx, id);
}

const list = (k: KiContext) => k.trx.selectFrom('actor').select('actor.id').orderBy('actor.aangemaakt_op').orderBy('actor.id');
type Q = ReturnType<typeof list>;
const ident = (field: string) => f.string<Q>((q, v) => q.where(sql<string>`actor.actoridentificator->>${field}`, '=', v));

export const actorenResource: ResourceDef<Q, ActorBody> = {
  path: 'actoren',
  noun: 'Actor',
  persoonsgegevens: false,
  lezen: 'klantcontact:lezen',
  schrijven: 'klantcontact:schrijven',
  ...bodySchemas(properties, ['naam', 'soortActor']),
  filters: defineFilters<Q>({
    actoridentificatorCodeObjecttype: ident('codeObjecttype'),
    actoridentificatorCodeRegister: ident('codeRegister'),
    actoridentificatorCodeSoortObjectId: ident('codeSoortObjectId'),
    actoridentificatorObjectId: ident('objectId'),
    indicatieActief: f.bool((q, v) => q.where('indicatie_actief', '=', v)),
    naam: f.string((q, v) => q.where('naam', '=', v)),
    soortActor: f.oneOf(SOORTEN)((q, v) => q.where('soort_actor', '=', v)),
  }),
  list,
  load: (k, ids) => loadActoren(k, ids),
  table: 'actor',
  write: write,
  remove,
};

interface ActorKlantcontactBody {
  actor: FkRef;
  klantcontact: FkRef;
}

async function writeLink(k: KiContext, id: string | null, body: Partial<ActorKlantcontactBody>): Promise<string> {
  const values = defined({
    actor_id: (await requireFk(k, 'actor', body.actor, 'actor')) ?? undefined,
    klantcontact_id: (await requireFk(k, 'klantcontact', body.klantcontact, 'klantcontact')) ?? undefined,
  });
  if (id) {
    await updateActorKlantcontactRecord(k.trx, id, values);
    return id;
  }
  return insertActorKlantcontactRecord(k.trx, { actor_id: values.actor_id ?? '', klantcontact_id: values.klantcontact_id ?? '' });
}

async function loadLinks(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx.selectFrom('actor_klantcontact').selectAll().where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [
          {
            uuid: r.id,
            url: k.urls.of('actorklantcontacten', r.id),
            actor: k.urls.fk('actoren', r.actor_id),
            klantcontact: k.urls.fk('klantcontacten', r.klantcontact_id),
          },
        ]
      : [];
  });
}

const listLinks = (k: KiContext) => k.trx.selectFrom('actor_klantcontact').select('actor_klantcontact.id').orderBy('actor_klantcontact.id');
type LQ = ReturnType<typeof listLinks>;
const byActor = (q: LQ, v: string) => q.where('actor_id', '=', v);
const byKlantcontact = (q: LQ, v: string) => q.where('klantcontact_id', '=', v);

/** Actorklantcontacten: which actor took part in which klantcontact. */
export const actorKlantcontactenResource: ResourceDef<LQ, ActorKlantcontactBody> = {
  path: 'actorklantcontacten',
  noun: 'Actorklantcontact',
  persoonsgegevens: false,
  lezen: 'klantcontact:lezen',
  schrijven: 'klantcontact:schrijven',
  ...bodySchemas({ actor: FkRef, klantcontact: FkRef }, ['actor', 'klantcontact']),
  filters: defineFilters<LQ>({
    actor__url: f.url(byActor),
    actor__uuid: f.uuid(byActor),
    klantcontact__url: f.url(byKlantcontact),
    klantcontact__uuid: f.uuid(byKlantcontact),
  }),
  list: listLinks,
  load: loadLinks,
  table: 'actor_klantcontact',
  write: writeLink,
  remove: (k, id) => deleteActorKlantcontactRecord(k.trx, id),
};
