import type { Selectable } from 'kysely';
import { appendBericht, changeGesprekStatus } from '../../conversations/conversations.service.ts';
import { findGesprekByExterneId } from '../../conversations/inbound.queries.ts';
import { findInboundOutcome, type InboundPipeline } from '../../conversations/inbound.service.ts';
import type { TelefoongesprekTable } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { getPartij } from '../../parties/parties.service.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { publishEvent } from '../../platform/realtime/event-bus.ts';
import { defineStateMachine } from '../../platform/state-machine.ts';
import { systemContext } from '../../platform/system-context.ts';
import { CallNotFound } from './telefoon.errors.ts';
import * as q from './telefoon.queries.ts';
import { telefoonnummerE164 } from './telefoonnummer.ts';

/**
 * Calls as the telephone system reports them, after Zammad's generic CTI: `newCall` when a call
 * comes in (or an agent dials out), `answer` when an agent takes it, `hangup` when it ends. The
 * call is a gesprek on kanaal 'telefoon' (stored through the ingest pipeline, threaded by callId)
 * with its own row for the call's state; every event is idempotent, since PBXes resend.
 */
export interface CtiEvent {
  event: 'newCall' | 'answer' | 'hangup';
  callId: string;
  from?: string | undefined;
  to?: string | undefined;
  direction?: 'in' | 'out' | undefined;
  queue?: string | undefined;
  /** The agent: gebruikersnaam or e-mail address (Zammad sends `user`, sometimes as a list). */
  agent?: string | undefined;
  cause?: string | undefined;
}

export type Call = Selectable<TelefoongesprekTable>;
type CallStatus = Call['status'];

export const callStatus = defineStateMachine<CallStatus, 'opnemen' | 'ophangen'>({
  opnemen: { from: ['rinkelt'], to: 'in_gesprek' },
  ophangen: { from: ['rinkelt', 'in_gesprek'], to: 'beeindigd' },
});

export interface CtiResult {
  callId: string;
  status: CallStatus;
  /** True when the event had been received before and changed nothing. */
  herhaald: boolean;
}

/** Caller ids the telephone system may send for a withheld number. */
function afzenderVan(nummer: string | undefined) {
  if (!nummer) return null;
  const e164 = telefoonnummerE164(nummer);
  if (e164) return { soort: 'telefoonnummer' as const, adres: e164 };
  return /^\+?\d{3,15}$/.test(nummer) ? { soort: 'telefoonnummer' as const, adres: nummer } : null;
}

/** What an agent's desktop shows when the phone rings: who is calling, if Loket knows them. */
async function screenPop(db: Db, call: Call, partijId: string | null | undefined) {
  let partij: { id: string; naam: string | null } | null = null;
  if (partijId) {
    const found = await getPartij(db, systemContext('Telefonie: tonen wie er belt'), partijId);
    partij = { id: found.id, naam: found.indicatieGeheimhouding ? null : found.volledigeNaam.trim() || null };
  }
  return {
    callId: call.call_id,
    gesprekId: call.gesprek_id,
    richting: call.richting,
    van: call.van,
    naar: call.naar,
    wachtrij: call.wachtrij,
    partij,
  };
}

async function gesprekOf(db: Db, call: Call) {
  if (call.gesprek_id) return call.gesprek_id;
  const gesprek = await findGesprekByExterneId(db, 'telefoon', call.call_id);
  if (gesprek) await q.updateCall(db, call.id, { gesprek_id: gesprek.id });
  return gesprek?.id ?? null;
}

async function newCall(db: Db, pipeline: InboundPipeline, event: CtiEvent, raw: string): Promise<CtiResult> {
  const richting = event.direction === 'out' ? 'uitgaand' : 'inkomend';
  const klant = richting === 'inkomend' ? event.from : event.to;
  const received = await pipeline.receive(
    {
      kanaal: 'telefoon',
      kanaalBerichtId: `${event.callId}:newCall`,
      afzender: afzenderVan(klant),
      draad: { externeId: event.callId },
      onderwerp: richting === 'inkomend' ? 'Inkomend telefoongesprek' : 'Uitgaand telefoongesprek',
      tekst: `${richting === 'inkomend' ? 'Inkomend telefoongesprek van' : 'Uitgaand telefoongesprek naar'} ${klant || 'een afgeschermd nummer'}${event.queue ? ` (wachtrij ${event.queue})` : ''}`,
      metadata: { callId: event.callId, richting, van: event.from ?? null, naar: event.to ?? null, wachtrij: event.queue ?? null },
    },
    raw,
  );
  const outcome = await findInboundOutcome(db, received.id);
  return inTransaction(db, async (trx) => {
    const call = await q.insertCall(trx, {
      call_id: event.callId,
      gesprek_id: outcome?.gesprek_id ?? null,
      richting,
      van: event.from ?? null,
      naar: event.to ?? null,
      wachtrij: event.queue ?? null,
    });
    if (!call) return { callId: event.callId, status: (await q.findCall(trx, event.callId))!.status, herhaald: true };
    await publishEvent(trx, {
      type: richting === 'inkomend' ? 'telefoon.inkomend' : 'telefoon.uitgaand',
      audience: { agents: true },
      data: await screenPop(trx, call, outcome?.partij_id),
    });
    return { callId: call.call_id, status: call.status, herhaald: false };
  });
}

async function answer(db: Db, ctx: RequestContext, event: CtiEvent): Promise<CtiResult> {
  return inTransaction(db, async (trx) => {
    const call = await q.lockCall(trx, event.callId);
    if (!call) throw CallNotFound();
    if (call.status === 'in_gesprek') return { callId: call.call_id, status: call.status, herhaald: true };
    const status = callStatus.next(call.status, 'opnemen');
    const medewerker = event.agent ? await q.findMedewerkerByNaamOfEmail(trx, event.agent) : undefined;
    await q.updateCall(trx, call.id, {
      status,
      medewerker_id: medewerker?.id ?? null,
      agent: event.agent ?? null,
      beantwoord_op: new Date(),
    });
    const gesprekId = await gesprekOf(trx, call);
    if (gesprekId) await changeGesprekStatus(trx, ctx, gesprekId, 'toewijzen');
    const partijId = gesprekId
      ? (await trx.selectFrom('gesprek').select('partij_id').where('id', '=', gesprekId).executeTakeFirst())?.partij_id
      : null;
    await publishEvent(trx, {
      type: 'telefoon.beantwoord',
      audience: medewerker ? { medewerkerIds: [medewerker.id] } : { agents: true },
      data: {
        ...(await screenPop(trx, { ...call, gesprek_id: gesprekId }, partijId)),
        medewerker: medewerker ? { id: medewerker.id, naam: medewerker.naam } : null,
        agent: event.agent ?? null,
      },
    });
    return { callId: call.call_id, status, herhaald: false };
  });
}

const formatDuur = (seconden: number) => `${Math.floor(seconden / 60)}:${String(seconden % 60).padStart(2, '0')}`;

async function hangup(db: Db, ctx: RequestContext, event: CtiEvent): Promise<CtiResult> {
  return inTransaction(db, async (trx) => {
    const call = await q.lockCall(trx, event.callId);
    if (!call) throw CallNotFound();
    if (call.status === 'beeindigd') return { callId: call.call_id, status: call.status, herhaald: true };
    const status = callStatus.next(call.status, 'ophangen');
    const einde = new Date();
    const duur = call.beantwoord_op ? Math.max(0, Math.round((einde.getTime() - new Date(call.beantwoord_op).getTime()) / 1000)) : 0;
    const oorzaak = event.cause ?? (call.beantwoord_op ? 'normalClearing' : 'cancel');
    await q.updateCall(trx, call.id, { status, beeindigd_op: einde, duur_seconden: duur, oorzaak });
    const gesprekId = await gesprekOf(trx, call);
    if (gesprekId) {
      const samenvatting = call.beantwoord_op
        ? `Gesprek beëindigd na ${formatDuur(duur)} (${oorzaak}).`
        : `Gesprek niet beantwoord (${oorzaak}).`;
      await appendBericht(trx, gesprekId, {
        richting: 'notitie',
        inhoud: samenvatting,
        metadata: { callId: call.call_id, duurSeconden: duur, oorzaak },
      });
      const gesprek = await trx.selectFrom('gesprek').select('status').where('id', '=', gesprekId).executeTakeFirst();
      if (gesprek && gesprek.status !== 'afgehandeld') await changeGesprekStatus(trx, ctx, gesprekId, 'afhandelen');
    }
    await publishEvent(trx, {
      type: 'telefoon.beeindigd',
      audience: { agents: true },
      data: { callId: call.call_id, gesprekId, beantwoord: call.beantwoord_op !== null, duurSeconden: duur, oorzaak },
    });
    return { callId: call.call_id, status, herhaald: false };
  });
}

export function handleCtiEvent(db: Db, pipeline: InboundPipeline, ctx: RequestContext, event: CtiEvent, raw: string): Promise<CtiResult> {
  if (event.event === 'newCall') return newCall(db, pipeline, event, raw);
  if (event.event === 'answer') return answer(db, ctx, event);
  return hangup(db, ctx, event);
}

export async function findCallOrThrow(db: Db, callId: string): Promise<Call & { gesprek_id: string | null }> {
  const call = await q.findCall(db, callId);
  if (!call) throw CallNotFound();
  return { ...call, gesprek_id: await gesprekOf(db, call) };
}
