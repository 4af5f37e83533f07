import type { Selectable } from 'kysely';
import { meldToewijzing } from '../afdelingen/afdelingen.service.ts';
import { klantcontactExists } from '../contacts/contacts.service.ts';
import type { InterneTaakTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { meldInterneTaak } from '../notificaties/notificaties-uit.ts';
import type { RequestContext } from '../platform/principal.ts';
import { defineStateMachine } from '../platform/state-machine.ts';
import { logVerwerking, type VerwerktObject } from '../platform/verwerkingslog.ts';
import { AanleidingNotFound, ActorNotFound, InterneTaakNotFound } from './tasks.errors.ts';
import * as q from './tasks.queries.ts';
import { insertNotitie } from './werklijst.queries.ts';
import type { InterneTaakResponse, NewInterneTaakBody, WerkvoorraadQuery } from './tasks.schemas.ts';

/**
 * Interne taken (contactverzoeken): work the KCC hands to a department or colleague, arising
 * from a klantcontact. Status follows te_verwerken → verwerkt, and can be reopened.
 */
export const taakStatus = defineStateMachine<'te_verwerken' | 'verwerkt', 'verwerken' | 'heropenen' | 'claimen' | 'doorsturen'>({
  verwerken: { from: ['te_verwerken'], to: 'verwerkt' },
  heropenen: { from: ['verwerkt'], to: 'te_verwerken' },
  // Who holds an open task changes; a closed one is reopened first.
  claimen: { from: ['te_verwerken'], to: 'te_verwerken' },
  doorsturen: { from: ['te_verwerken'], to: 'te_verwerken' },
});
export type TaakTransition = keyof typeof taakStatus.transitions;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export async function toResponses(db: Db, taken: Selectable<InterneTaakTable>[]): Promise<InterneTaakResponse[]> {
  const actoren = await q.actorenOfTaken(
    db,
    taken.map((t) => t.id),
  );
  return taken.map((t) => ({
    id: t.id,
    nummer: t.nummer,
    gevraagdeHandeling: t.gevraagde_handeling,
    klantcontactId: t.klantcontact_id,
    toelichting: t.toelichting,
    status: t.status,
    toegewezenOp: iso(t.toegewezen_op)!,
    afgehandeldOp: iso(t.afgehandeld_op),
    uiterlijkOp: iso(t.uiterlijk_op),
    actoren: actoren.filter((a) => a.interne_taak_id === t.id).map((a) => ({ id: a.id, naam: a.naam, soortActor: a.soort_actor })),
  }));
}

export async function verwerkteObjecten(db: Db, taak: { id: string; klantcontact_id: string }): Promise<VerwerktObject[]> {
  const partijen = await q.partijenOfKlantcontact(db, taak.klantcontact_id);
  return [
    { objecttype: 'interne_taak', objectId: taak.id, betrokkenheid: 'taak' },
    ...partijen.map((p) => ({ objecttype: 'partij' as const, objectId: p.partij_id as string, betrokkenheid: 'klant' })),
  ];
}

export async function loadOne(db: Db, id: string) {
  const taak = await q.findInterneTaak(db, id);
  if (!taak) throw InterneTaakNotFound();
  return taak;
}

/** `historisch.toegewezenOp` is for imports and demo data that record what happened earlier. */
export async function createInterneTaak(
  db: Db,
  ctx: RequestContext,
  body: NewInterneTaakBody,
  historisch: { toegewezenOp?: string } = {},
): Promise<InterneTaakResponse> {
  return inTransaction(db, async (trx) => {
    if (!(await klantcontactExists(trx, body.klantcontactId))) throw AanleidingNotFound();
    if ((await q.countActors(trx, body.actorIds)) !== body.actorIds.length) throw ActorNotFound();
    const { id } = await q.insertInterneTaak(trx, {
      klantcontact_id: body.klantcontactId,
      gevraagde_handeling: body.gevraagdeHandeling,
      toelichting: body.toelichting ?? null,
      uiterlijk_op: body.uiterlijkOp ?? null,
      ingediend_door: ctx.principal.actorId,
      ...(historisch.toegewezenOp ? { toegewezen_op: historisch.toegewezenOp } : {}),
    });
    await q.assignActors(trx, id, body.actorIds);
    await meldInterneTaak(trx, id, 'create');
    // The afdeling's e-mail about the new task, sent after commit by the outbox job.
    if (!historisch.toegewezenOp) await meldToewijzing(trx, id, body.actorIds);
    const taak = await loadOne(trx, id);
    await logVerwerking(trx, ctx, {
      actieNaam: 'Contactverzoek uitzetten',
      handelingNaam: 'Invoeren',
      objecten: await verwerkteObjecten(trx, taak),
    });
    return (await toResponses(trx, [taak]))[0]!;
  });
}

export async function getInterneTaak(db: Db, ctx: RequestContext, id: string): Promise<InterneTaakResponse> {
  return inTransaction(db, async (trx) => {
    const taak = await loadOne(trx, id);
    await logVerwerking(trx, ctx, {
      actieNaam: 'Interne taak raadplegen',
      handelingNaam: 'Raadplegen',
      objecten: await verwerkteObjecten(trx, taak),
    });
    return (await toResponses(trx, [taak]))[0]!;
  });
}

/** The back office's worklist. It shows what to do, not who it is about, so it logs no personal data. */
export async function getWerkvoorraad(db: Db, query: WerkvoorraadQuery): Promise<InterneTaakResponse[]> {
  return toResponses(db, await q.werkvoorraad(db, query));
}

/** Closes (optionally with the answer given) or reopens a task. */
export async function changeTaakStatus(
  db: Db,
  ctx: RequestContext,
  id: string,
  transition: 'verwerken' | 'heropenen',
  antwoord?: { tekst: string; op: Date },
): Promise<InterneTaakResponse> {
  return inTransaction(db, async (trx) => {
    const taak = await loadOne(trx, id);
    await q.setTaakStatus(trx, id, taakStatus.next(taak.status, transition));
    await meldInterneTaak(trx, id, 'update');
    if (antwoord && transition === 'verwerken')
      await insertNotitie(trx, {
        interne_taak_id: id,
        actor_id: ctx.principal.actorId,
        soort: 'antwoord',
        tekst: antwoord.tekst,
        aangemaakt_op: antwoord.op,
      });
    await logVerwerking(trx, ctx, {
      actieNaam: `Interne taak ${transition}`,
      handelingNaam: 'Wijzigen',
      objecten: await verwerkteObjecten(trx, taak),
    });
    return (await toResponses(trx, [await loadOne(trx, id)]))[0]!;
  });
}
