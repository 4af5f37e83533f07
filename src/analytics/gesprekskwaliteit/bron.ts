import { kanalenMet } from '../../contract/kanalen.ts';
import type { Db } from '../../db/transaction.ts';
import type { VerwerktObject } from '../../platform/verwerkingslog.ts';
import type { TranscriptSegment } from '../transcripts/types.ts';

/**
 * The text the analyzer reads for one gesprek: a call's transcript segments, or a chat's messages
 * as segments (inwoner → klant, an agent's reply → agent, at seconds since the first message).
 * Bot and system messages are left out: they are not the agent speaking.
 */
export const CHAT_KANALEN: readonly string[] = kanalenMet((k) => k.chat);

export interface Bron {
  gesprekId: string;
  kanaal: string;
  partijId: string | null;
  medewerkerId: string | null;
  callId: string | null;
  /** A call still ringing or going on: its findings are alerted live. */
  callActief: boolean;
  /** The wall-clock moment of second 0, to match a silence to the article open then. */
  begin: Date;
  segments: TranscriptSegment[];
  /** When each segment arrived (call) or was sent (chat), in segment order. */
  ontvangen: Date[];
  geverifieerdOp: Date | null;
}

const asDate = (value: Date | string) => new Date(value);

export function isAnalysable(kanaal: string): boolean {
  return kanaal === 'telefoon' || CHAT_KANALEN.includes(kanaal);
}

export async function loadBron(db: Db, gesprekId: string): Promise<Bron | null> {
  const gesprek = await db
    .selectFrom('gesprek')
    .select(['id', 'kanaal', 'partij_id', 'externe_id', 'toegewezen_aan', 'geverifieerd_op', 'gestart_op'])
    .where('id', '=', gesprekId)
    .executeTakeFirst();
  if (!gesprek || !isAnalysable(gesprek.kanaal)) return null;
  const common = {
    gesprekId,
    kanaal: gesprek.kanaal,
    partijId: gesprek.partij_id,
    geverifieerdOp: gesprek.geverifieerd_op ? asDate(gesprek.geverifieerd_op) : null,
  };
  if (gesprek.kanaal === 'telefoon')
    return { ...common, ...(await callBron(db, gesprek.id, gesprek.externe_id, gesprek.toegewezen_aan, asDate(gesprek.gestart_op))) };
  return { ...common, ...(await chatBron(db, gesprek.id, gesprek.toegewezen_aan, asDate(gesprek.gestart_op))) };
}

async function callBron(db: Db, gesprekId: string, externeId: string | null, toegewezen: string | null, gestart: Date) {
  const call = await db
    .selectFrom('telefoongesprek')
    .select(['id', 'call_id', 'status', 'medewerker_id', 'gestart_op', 'beantwoord_op'])
    .where((eb) => eb.or([eb('gesprek_id', '=', gesprekId), ...(externeId ? [eb('call_id', '=', externeId)] : [])]))
    .executeTakeFirst();
  if (!call) return { medewerkerId: toegewezen, callId: null, callActief: false, begin: gestart, segments: [], ontvangen: [] };
  const rows = await db
    .selectFrom('transcriptsegment')
    .select(['spreker', 'begin_s', 'eind_s', 'tekst', 'ontvangen_op'])
    .where('telefoongesprek_id', '=', call.id)
    .orderBy('begin_s')
    .orderBy('eind_s')
    .orderBy('spreker')
    .execute();
  return {
    medewerkerId: call.medewerker_id ?? toegewezen,
    callId: call.call_id,
    callActief: call.status !== 'beeindigd',
    // Speech-to-text counts from the moment the call is answered.
    begin: asDate(call.beantwoord_op ?? call.gestart_op),
    segments: rows.map((r) => ({ speaker: r.spreker, start: r.begin_s, end: r.eind_s, text: r.tekst })),
    ontvangen: rows.map((r) => asDate(r.ontvangen_op)),
  };
}

async function chatBron(db: Db, gesprekId: string, toegewezen: string | null, gestart: Date) {
  const rows = await db
    .selectFrom('bericht')
    .leftJoin('actor', 'actor.id', 'bericht.afzender_actor_id')
    .leftJoin('medewerker', 'medewerker.actor_id', 'actor.id')
    .select(['bericht.richting', 'bericht.inhoud', 'bericht.verzonden_op', 'actor.soort_actor', 'medewerker.id as medewerker_id'])
    .where('bericht.gesprek_id', '=', gesprekId)
    .where('bericht.richting', 'in', ['inkomend', 'uitgaand'])
    .orderBy('bericht.verzonden_op')
    .orderBy('bericht.id')
    .execute();
  const messages = rows.filter((r) => r.richting === 'inkomend' || r.soort_actor === 'medewerker');
  const first = messages[0] ? asDate(messages[0].verzonden_op) : gestart;
  const seconds = (value: Date | string) => Math.max(0, (asDate(value).getTime() - first.getTime()) / 1000);
  const lastAgent = [...messages].reverse().find((m) => m.medewerker_id)?.medewerker_id ?? null;
  return {
    medewerkerId: toegewezen ?? lastAgent,
    callId: null,
    callActief: false,
    begin: first,
    segments: messages.map((m) => ({
      speaker: m.richting === 'inkomend' ? ('klant' as const) : ('agent' as const),
      start: seconds(m.verzonden_op),
      end: seconds(m.verzonden_op),
      text: m.inhoud,
    })),
    ontvangen: messages.map((m) => asDate(m.verzonden_op)),
  };
}

/** What reading a gesprek's transcript touches, for the processing log. */
export function verwerkteObjecten(bron: Pick<Bron, 'gesprekId' | 'partijId'>): VerwerktObject[] {
  return [
    { objecttype: 'gesprek', objectId: bron.gesprekId, betrokkenheid: 'gesprek', soortenGegevens: ['transcript'] },
    ...(bron.partijId ? [{ objecttype: 'partij' as const, objectId: bron.partijId, betrokkenheid: 'klant' }] : []),
  ];
}
