import { kanaalSpec } from '../contract/kanalen.ts';
import type { Db } from '../db/transaction.ts';
import { AntwoordTeLang, KanaalvensterGesloten } from './conversations.errors.ts';

/**
 * What a channel allows an agent to send now. WhatsApp, Messenger and Instagram let a business
 * answer freely only within 24 hours of the citizen's last message; after that WhatsApp takes
 * only approved templates and Messenger/Instagram nothing (Meta's message tags are not used).
 * SMS has no window. Lengths are the providers' limits for one message (src/contract/kanalen.ts).
 */
export interface Kanaalgrenzen {
  kanaal: string;
  vensterOpen: boolean;
  vensterSluitOp: string | null;
  alleenSjablonen: boolean;
  maxLengte: number | null;
}

export function kanaalgrenzen(kanaal: string, laatsteInkomend: Date | null, now: Date): Kanaalgrenzen {
  const spec = kanaalSpec(kanaal);
  const maxLengte = spec.maxLengte;
  if (spec.antwoordvensterUren === null) return { kanaal, vensterOpen: true, vensterSluitOp: null, alleenSjablonen: false, maxLengte };
  const sluitOp = laatsteInkomend ? new Date(laatsteInkomend.getTime() + spec.antwoordvensterUren * 60 * 60 * 1000) : null;
  const vensterOpen = sluitOp !== null && sluitOp > now;
  return {
    kanaal,
    vensterOpen,
    vensterSluitOp: sluitOp?.toISOString() ?? null,
    alleenSjablonen: spec.sjablonenBuitenVenster && !vensterOpen,
    maxLengte,
  };
}

/**
 * When the citizen last wrote on this gesprek's channel: the start of the providers' service
 * windows. Meta keeps one window per citizen and business number, not per conversation, so a
 * message of the same partij in another gesprek on the same kanaal counts too (a proactive
 * message starts a gesprek of its own while her window may still be open).
 */
export async function laatsteInkomend(db: Db, gesprekId: string): Promise<Date | null> {
  const gesprek = await db.selectFrom('gesprek').select(['partij_id', 'kanaal']).where('id', '=', gesprekId).executeTakeFirst();
  const row = await db
    .selectFrom('bericht')
    .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
    .select((eb) => eb.fn.max('bericht.verzonden_op').as('op'))
    .where('bericht.richting', '=', 'inkomend')
    .where((eb) =>
      gesprek?.partij_id
        ? eb.or([
            eb('gesprek.id', '=', gesprekId),
            eb.and([eb('gesprek.partij_id', '=', gesprek.partij_id), eb('gesprek.kanaal', '=', gesprek.kanaal)]),
          ])
        : eb('gesprek.id', '=', gesprekId),
    )
    .executeTakeFirst();
  return row?.op ? new Date(row.op) : null;
}

/** When a partij last wrote on a kanaal, in any gesprek: her service window there (see laatsteInkomend). */
export async function laatsteInkomendVanPartij(db: Db, partijId: string, kanaal: string): Promise<Date | null> {
  const row = await db
    .selectFrom('bericht')
    .innerJoin('gesprek', 'gesprek.id', 'bericht.gesprek_id')
    .select((eb) => eb.fn.max('bericht.verzonden_op').as('op'))
    .where('bericht.richting', '=', 'inkomend')
    .where('gesprek.partij_id', '=', partijId)
    .where('gesprek.kanaal', '=', kanaal)
    .executeTakeFirst();
  return row?.op ? new Date(row.op) : null;
}

/**
 * Refuses up front a free-text answer the channel's adapter would refuse on delivery, so the
 * agent hears it now instead of finding "Niet bezorgd" later. The adapters keep their own check
 * for a reply queued just before the window closed.
 */
export async function checkAntwoord(db: Db, gesprek: { id: string; kanaal: string }, tekst: string, now = new Date()): Promise<void> {
  const grenzen = kanaalgrenzen(gesprek.kanaal, await laatsteInkomend(db, gesprek.id), now);
  if (!grenzen.vensterOpen) throw KanaalvensterGesloten();
  if (grenzen.maxLengte !== null && tekst.length > grenzen.maxLengte)
    throw AntwoordTeLang([{ field: 'body.tekst', message: `${tekst.length} tekens, hoogstens ${grenzen.maxLengte}` }]);
}
