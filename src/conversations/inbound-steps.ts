import { sql, type Transaction } from 'kysely';
import { registreerKlantcontact } from '../contacts/contacts.service.ts';
import type { BotModus, Database } from '../db/schema.ts';
import { findOrCreatePartijByAfzender } from '../parties/parties.service.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { appendBericht, changeGesprekStatus, createGesprek, linkGesprek } from './conversations.service.ts';
import { markGesprekGeverifieerd } from './gesprek-partij.service.ts';
import type { GesprekStatus } from './gesprek-status.ts';
import { transitionOnInbound } from './gesprek-status.ts';
import { findGesprekByExterneId, findGesprekByReply } from './inbound.queries.ts';
import type { InboundMessage } from './inbound.types.ts';

/** What the steps learn about one message as it moves through the pipeline. */
export interface PipelineState {
  message: InboundMessage;
  partijId: string | null;
  gesprekId?: string;
  gesprekStatus?: GesprekStatus;
  klantcontactId: string | null;
  berichtId?: string;
  newGesprekBotModus?: BotModus;
}

export type StepName = 'partij' | 'gesprek' | 'identiteit' | 'bericht' | 'klantcontact' | 'status';
export type Step = (trx: Transaction<Database>, ctx: RequestContext, state: PipelineState) => Promise<void>;

const SUBJECT_LENGTH = 200;

function subjectOf(message: InboundMessage): string {
  const subject = message.onderwerp?.trim() || message.tekst.trim().split('\n')[0] || `Bericht via ${message.kanaal}`;
  return subject.length > SUBJECT_LENGTH ? `${subject.slice(0, SUBJECT_LENGTH - 1)}…` : subject;
}

/** Matching: the partij the channel identified, else the sender's by digital address, or a new unverified one. */
const matchPartij: Step = async (trx, ctx, state) => {
  if (state.message.identiteit) state.partijId = state.message.identiteit.partijId;
  else if (state.message.afzender) state.partijId = (await findOrCreatePartijByAfzender(trx, ctx, state.message.afzender)).id;
};

/** Threading: a reply continues its gesprek (by message references or the channel's thread key). */
const threadGesprek: Step = async (trx, _ctx, state) => {
  const { message } = state;
  const existing =
    (await findGesprekByReply(trx, message.kanaal, message.draad.antwoordOp ?? [])) ??
    (message.draad.externeId ? await findGesprekByExterneId(trx, message.kanaal, message.draad.externeId) : undefined) ??
    (await proactiefGesprekVoor(trx, message, state.partijId));
  if (existing) {
    state.gesprekId = existing.id;
    state.gesprekStatus = existing.status as GesprekStatus;
    state.klantcontactId = existing.klantcontact_id;
    if (!existing.partij_id && state.partijId) await linkGesprek(trx, existing.id, { partijId: state.partijId });
    state.partijId ??= existing.partij_id;
    return;
  }
  state.gesprekId = await createGesprek(trx, {
    kanaal: message.kanaal,
    partijId: state.partijId ?? undefined,
    externeId: message.draad.externeId,
    onderwerp: subjectOf(message),
    gestartOp: message.verzondenOp,
    botModus: state.newGesprekBotModus,
    metadata: { ...message.metadata, ...(message.afzender ? { antwoordAan: message.afzender.adres } : {}) },
  });
  state.gesprekStatus = 'open';
};

/**
 * A message whose channel checked who wrote it (a login) verifies the gesprek's caller, once, when
 * the gesprek is that partij's; a gesprek an agent linked to someone else stays unverified.
 */
const verifyIdentiteit: Step = async (trx, ctx, state) => {
  const identiteit = state.message.identiteit;
  if (!identiteit) return;
  const gesprek = await trx
    .selectFrom('gesprek')
    .select(['partij_id', 'geverifieerd_op'])
    .where('id', '=', state.gesprekId!)
    .executeTakeFirstOrThrow();
  if (gesprek.partij_id !== identiteit.partijId || gesprek.geverifieerd_op) return;
  await logVerwerking(trx, ctx, {
    actieNaam: `Identiteit verifiëren (${identiteit.methode})`,
    handelingNaam: 'Verifiëren',
    objecten: [
      { objecttype: 'gesprek', objectId: state.gesprekId!, betrokkenheid: 'gesprek' },
      { objecttype: 'partij', objectId: identiteit.partijId, betrokkenheid: 'klant', soortenGegevens: ['identificatoren'] },
    ],
  });
  await markGesprekGeverifieerd(trx, state.gesprekId!, { door: null, methode: identiteit.methode });
};

/**
 * A citizen answering a proactive message (sent by a rule, so with no thread key of the channel
 * yet) continues that gesprek: the latest open one Loket started with this partij on this channel.
 */
async function proactiefGesprekVoor(trx: Transaction<Database>, message: InboundMessage, partijId: string | null) {
  if (!partijId || !message.afzender) return undefined;
  const gesprek = await trx
    .selectFrom('gesprek')
    .select(['id', 'status', 'partij_id', 'klantcontact_id'])
    .where('kanaal', '=', message.kanaal)
    .where('partij_id', '=', partijId)
    .where('externe_id', 'is', null)
    .where('status', '<>', 'afgehandeld')
    .where(sql<boolean>`metadata -> 'proactief' is not null`)
    .orderBy('gestart_op', 'desc')
    .limit(1)
    .executeTakeFirst();
  // Its first answer gives it the channel's thread key, so later messages thread the usual way.
  if (gesprek && message.draad.externeId)
    await trx.updateTable('gesprek').set({ externe_id: message.draad.externeId }).where('id', '=', gesprek.id).execute();
  return gesprek;
}

const storeBericht: Step = async (trx, _ctx, state) => {
  const { message } = state;
  state.berichtId = await appendBericht(trx, state.gesprekId!, {
    richting: 'inkomend',
    inhoud: message.tekst,
    html: message.html,
    kanaalBerichtId: message.kanaalBerichtId,
    verzondenOp: message.verzondenOp,
    metadata: message.metadata,
  });
};

/** The gesprek's klantcontact: created with its first message, with the partij as initiating klant. */
const registerKlantcontact: Step = async (trx, ctx, state) => {
  const { message } = state;
  if (!state.klantcontactId) {
    const contact = await registreerKlantcontact(trx, ctx, {
      kanaal: message.kanaal,
      onderwerp: subjectOf(message),
      inhoud: message.tekst.slice(0, 20_000),
      ...(message.verzondenOp ? { plaatsgevondenOp: message.verzondenOp } : {}),
      betrokkenen: state.partijId ? [{ partijId: state.partijId, rol: 'klant', initiator: true }] : [],
    });
    state.klantcontactId = contact.id;
    await linkGesprek(trx, state.gesprekId!, { klantcontactId: contact.id });
  }
  for (const bijlage of message.bijlagen ?? []) {
    const inhoud = Buffer.from(bijlage.inhoudBase64, 'base64');
    await trx
      .insertInto('bijlage')
      .values({
        klantcontact_id: state.klantcontactId,
        bericht_id: state.berichtId ?? null,
        bestandsnaam: bijlage.bestandsnaam,
        content_type: bijlage.contentType,
        grootte: inhoud.length,
        inhoud,
        code_objecttype: 'bijlage',
        code_register: 'loket',
        code_soort_object_id: 'bestandsnaam',
        object_id: bijlage.bestandsnaam,
      })
      .execute();
  }
};

/** A citizen's new message reopens a closed gesprek or brings a waiting one back to its agent. */
const updateStatus: Step = async (trx, ctx, state) => {
  // An auto-reply or bounce is no word from the citizen: it must not reopen or wake a gesprek.
  if (state.message.metadata?.automatisch) return;
  const transition = state.gesprekStatus ? transitionOnInbound(state.gesprekStatus) : undefined;
  if (transition) state.gesprekStatus = await changeGesprekStatus(trx, ctx, state.gesprekId!, transition);
};

export const STEPS: [StepName, Step][] = [
  ['partij', matchPartij],
  ['gesprek', threadGesprek],
  ['identiteit', verifyIdentiteit],
  ['bericht', storeBericht],
  ['klantcontact', registerKlantcontact],
  ['status', updateStatus],
];
