import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { partijExists } from '../parties/parties.service.ts';
import { partijHiddenFrom } from '../parties/verificatie-poort.ts';
import type { RequestContext } from '../platform/principal.ts';
import { defineStateMachine } from '../platform/state-machine.ts';
import { logVerwerking, type VerwerktObject } from '../platform/verwerkingslog.ts';
import { BetrokkenPartijNotFound, VerzoekNotFound } from './contacts.errors.ts';
import type { NewVerzoekBody, VerzoekResponse } from './contacts.schemas.ts';
import * as q from './verzoeken.queries.ts';

/**
 * A verzoek (request) groups the contact moments about one matter across channels: the call
 * asking for a leaf basket and the chat asking for its status a week later are one story.
 */
export const verzoekStatus = defineStateMachine<'open' | 'afgehandeld', 'afhandelen' | 'heropenen'>({
  afhandelen: { from: ['open'], to: 'afgehandeld' },
  heropenen: { from: ['afgehandeld'], to: 'open' },
});
export type VerzoekTransition = keyof typeof verzoekStatus.transitions;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function objecten(verzoek: { id: string; partij_id: string | null }): VerwerktObject[] {
  const list: VerwerktObject[] = [{ objecttype: 'verzoek', objectId: verzoek.id, betrokkenheid: 'verzoek' }];
  if (verzoek.partij_id) list.push({ objecttype: 'partij', objectId: verzoek.partij_id, betrokkenheid: 'klant' });
  return list;
}

async function load(db: Db, id: string): Promise<VerzoekResponse> {
  const verzoek = await q.findVerzoek(db, id);
  if (!verzoek) throw VerzoekNotFound();
  const contacten = await q.klantcontactenOfVerzoek(db, id);
  return {
    id: verzoek.id,
    nummer: verzoek.nummer,
    partijId: verzoek.partij_id,
    onderwerp: verzoek.onderwerp,
    omschrijving: verzoek.omschrijving,
    status: verzoek.status,
    aangemaaktOp: iso(verzoek.aangemaakt_op)!,
    afgehandeldOp: iso(verzoek.afgehandeld_op),
    klantcontacten: contacten.map((k) => ({
      id: k.id,
      kanaal: k.kanaal,
      onderwerp: k.onderwerp,
      plaatsgevondenOp: iso(k.plaatsgevonden_op)!,
    })),
  };
}

/**
 * A verzoek about a gesprek whose caller is not verified names no partij to a kcc agent (the gate
 * in parties/verificatie-poort.ts): linking the gesprek to a verzoek must not tell who is calling.
 */
async function gated(db: Db, ctx: RequestContext, response: VerzoekResponse): Promise<VerzoekResponse> {
  if (response.partijId === null) return response;
  const gesprekken = await q.gesprekkenOfVerzoek(db, response.id);
  return gesprekken.some((gesprek) => partijHiddenFrom(ctx, gesprek)) ? { ...response, partijId: null } : response;
}

/** `historisch.aangemaaktOp` is for imports and demo data that record what happened earlier. */
export async function createVerzoek(
  db: Db,
  ctx: RequestContext,
  body: NewVerzoekBody,
  historisch: { aangemaaktOp?: string } = {},
): Promise<VerzoekResponse> {
  return inTransaction(db, async (trx) => {
    if (body.partijId && !(await partijExists(trx, body.partijId))) throw BetrokkenPartijNotFound();
    const { id } = await q.insertVerzoek(trx, {
      partij_id: body.partijId ?? null,
      onderwerp: body.onderwerp,
      omschrijving: body.omschrijving ?? null,
      ...(historisch.aangemaaktOp ? { aangemaakt_op: historisch.aangemaaktOp } : {}),
    });
    await logVerwerking(trx, ctx, {
      actieNaam: 'Verzoek registreren',
      handelingNaam: 'Invoeren',
      objecten: objecten({ id, partij_id: body.partijId ?? null }),
    });
    return load(trx, id);
  });
}

export async function getVerzoek(db: Db, ctx: RequestContext, id: string): Promise<VerzoekResponse> {
  return inTransaction(db, async (trx) => {
    const response = await gated(trx, ctx, await load(trx, id));
    await logVerwerking(trx, ctx, {
      actieNaam: 'Verzoek raadplegen',
      handelingNaam: 'Raadplegen',
      objecten: objecten({ id, partij_id: response.partijId }),
    });
    return response;
  });
}

export async function changeVerzoekStatus(
  db: Db,
  ctx: RequestContext,
  id: string,
  transition: VerzoekTransition,
): Promise<VerzoekResponse> {
  return inTransaction(db, async (trx) => {
    const verzoek = await q.findVerzoek(trx, id);
    if (!verzoek) throw VerzoekNotFound();
    await q.setVerzoekStatus(trx, id, verzoekStatus.next(verzoek.status, transition));
    await logVerwerking(trx, ctx, { actieNaam: `Verzoek ${transition}`, handelingNaam: 'Wijzigen', objecten: objecten(verzoek) });
    return gated(trx, ctx, await load(trx, id));
  });
}
