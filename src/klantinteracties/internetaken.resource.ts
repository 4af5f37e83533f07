import {
  deleteInterneTaakRecord,
  insertInterneTaakRecord,
  setTaakActoren,
  updateInterneTaakRecord,
} from '../tasks/interne-taak-records.service.ts';
import { Type } from 'typebox';
import { taakStatus } from '../tasks/tasks.service.ts';
import { invalidParam } from './api-errors.ts';
import { defineFilters, f } from './filters.ts';
import { loadInterneTaken } from './internetaken.load.ts';
import type { KiContext } from './ki-context.ts';
import type { ResourceDef } from './resource.ts';
import { bodySchemas, FkRef, Nullable, requireFk, requireFks } from './schemas.ts';

type Status = 'te_verwerken' | 'verwerkt';

const properties = {
  nummer: Nullable(Type.String({ maxLength: 10 })),
  referentienummer: Nullable(Type.String({ maxLength: 10 })),
  gevraagdeHandeling: Type.String({ minLength: 1, maxLength: 200 }),
  aanleidinggevendKlantcontact: FkRef,
  toegewezenAanActor: FkRef,
  toegewezenAanActoren: Type.Array(FkRef),
  toelichting: Type.String({ maxLength: 1000 }),
  status: Type.Union([Type.Literal('te_verwerken'), Type.Literal('verwerkt')]),
  afgehandeldOp: Nullable(Type.String({ format: 'date-time' })),
};

interface InterneTaakBody {
  nummer?: string | null;
  referentienummer?: string | null;
  gevraagdeHandeling: string;
  aanleidinggevendKlantcontact: FkRef;
  toegewezenAanActor?: FkRef;
  toegewezenAanActoren?: FkRef[];
  toelichting?: string;
  status: Status;
  afgehandeldOp?: string | null;
}

async function actorIds(k: KiContext, body: Partial<InterneTaakBody>): Promise<string[] | undefined> {
  if (body.toegewezenAanActoren !== undefined) return requireFks(k, 'actor', body.toegewezenAanActoren, 'toegewezenAanActoren');
  if (body.toegewezenAanActor !== undefined)
    return [(await requireFk(k, 'actor', body.toegewezenAanActor, 'toegewezenAanActor')) as string];
  return undefined;
}

/**
 * The same interne_taak rows Loket's werkvoorraad shows. A status change follows Loket's state
 * machine (verwerken / heropenen) and keeps afgehandeldOp in step.
 */
async function write(k: KiContext, id: string | null, body: Partial<InterneTaakBody>): Promise<string> {
  const actors = await actorIds(k, body);
  const klantcontactId = await requireFk(k, 'klantcontact', body.aanleidinggevendKlantcontact, 'aanleidinggevendKlantcontact');
  const current = id
    ? await k.trx.selectFrom('interne_taak').select(['status', 'afgehandeld_op']).where('id', '=', id).executeTakeFirstOrThrow()
    : undefined;
  let status = current?.status ?? 'te_verwerken';
  if (body.status && current && body.status !== status)
    status = taakStatus.next(status, body.status === 'verwerkt' ? 'verwerken' : 'heropenen');
  if (body.status && !current) status = body.status;
  const afgehandeldOp = status === 'verwerkt' ? (body.afgehandeldOp ?? current?.afgehandeld_op ?? new Date()) : null;
  const values = {
    ...(body.nummer ? { nummer: body.nummer } : {}),
    ...(body.referentienummer !== undefined ? { referentienummer: body.referentienummer } : {}),
    ...(body.gevraagdeHandeling !== undefined ? { gevraagde_handeling: body.gevraagdeHandeling } : {}),
    ...(klantcontactId ? { klantcontact_id: klantcontactId } : {}),
    ...(body.toelichting !== undefined ? { toelichting: body.toelichting || null } : {}),
    status,
    afgehandeld_op: afgehandeldOp,
  };
  let taakId = id;
  if (taakId) {
    await updateInterneTaakRecord(k.trx, taakId, values);
  } else {
    if (!actors || actors.length === 0) throw invalidParam('toegewezenAanActoren', 'required', 'Wijs de taak toe aan minstens één actor.');
    taakId = await insertInterneTaakRecord(k.trx, {
      ...values,
      gevraagde_handeling: values.gevraagde_handeling ?? '',
      klantcontact_id: klantcontactId ?? '',
    });
  }
  if (actors) await setTaakActoren(k.trx, taakId, actors);
  return taakId;
}

const list = (k: KiContext) =>
  k.trx
    .selectFrom('interne_taak')
    .innerJoin('klantcontact', 'klantcontact.id', 'interne_taak.klantcontact_id')
    .select('interne_taak.id')
    .orderBy('interne_taak.toegewezen_op', 'desc')
    .orderBy('interne_taak.id');
type Q = ReturnType<typeof list>;
const byKlantcontact = (q: Q, v: string) => q.where('interne_taak.klantcontact_id', '=', v);
const byActor = (q: Q, v: string) =>
  q.where(({ exists, selectFrom }) =>
    exists(
      selectFrom('interne_taak_actor as ta')
        .select('ta.actor_id')
        .whereRef('ta.interne_taak_id', '=', 'interne_taak.id')
        .where('ta.actor_id', '=', v),
    ),
  );

export const interneTakenResource: ResourceDef<Q, InterneTaakBody> = {
  path: 'internetaken',
  noun: 'Interne taak',
  lezen: 'interne-taak:lezen',
  schrijven: 'interne-taak:schrijven',
  ...bodySchemas(properties, ['gevraagdeHandeling', 'aanleidinggevendKlantcontact', 'status']),
  filters: defineFilters<Q>({
    aanleidinggevendKlantcontact__url: f.url(byKlantcontact),
    aanleidinggevendKlantcontact__uuid: f.uuid(byKlantcontact),
    actoren__naam: f.string((q, v) =>
      q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('interne_taak_actor as ta')
            .innerJoin('actor as a', 'a.id', 'ta.actor_id')
            .select('a.id')
            .whereRef('ta.interne_taak_id', '=', 'interne_taak.id')
            .where('a.naam', '=', v),
        ),
      ),
    ),
    klantcontact__nummer: f.string((q, v) => q.where('klantcontact.nummer', '=', v)),
    klantcontact__referentienummer: f.string((q, v) => q.where('klantcontact.referentienummer', '=', v)),
    klantcontact__uuid: f.uuid(byKlantcontact),
    nummer: f.string((q, v) => q.where('interne_taak.nummer', '=', v)),
    referentienummer: f.string((q, v) => q.where('interne_taak.referentienummer', '=', v)),
    status: f.oneOf(['te_verwerken', 'verwerkt'] as const)((q, v) => q.where('interne_taak.status', '=', v)),
    toegewezenAanActor__url: f.url(byActor),
    toegewezenAanActor__uuid: f.uuid(byActor),
    toegewezenOp: f.dateTime((q, v) => q.where('interne_taak.toegewezen_op', '=', new Date(v))),
  }),
  list,
  load: (k, ids) => loadInterneTaken(k, ids),
  table: 'interne_taak',
  remove: (k, id) => deleteInterneTaakRecord(k.trx, id),
  write: write,
};
