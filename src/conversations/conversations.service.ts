import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { publishEvent, type Audience } from '../platform/realtime/event-bus.ts';
import { cutText } from '../platform/realtime/bounded-payload.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import type { BotModus } from '../db/schema.ts';
import { GesprekNotFound } from './conversations.errors.ts';
import { gesprekStatus, type GesprekStatus, type GesprekTransition } from './gesprek-status.ts';

/**
 * Gesprekken: ordered threads of messages on one channel. This is the one place that writes the
 * gesprek and bericht tables, so every change is logged and published to connected agents (on
 * every node) in the transaction that makes it.
 */
export interface NewGesprek {
  kanaal: string;
  partijId?: string | undefined;
  verzoekId?: string | undefined;
  klantcontactId?: string | undefined;
  externeId?: string | undefined;
  onderwerp?: string | undefined;
  gestartOp?: Date | string | undefined;
  /** 'actief' when the bot answers the gesprek first; nothing else starts a gesprek with the bot. */
  botModus?: BotModus | undefined;
  metadata?: Record<string, unknown> | undefined;
}

export interface NewBericht {
  richting: 'inkomend' | 'uitgaand' | 'notitie';
  inhoud: string;
  html?: string | undefined;
  afzenderActorId?: string | undefined;
  kanaalBerichtId?: string | undefined;
  verzondenOp?: Date | string | undefined;
  bezorgstatus?: 'wachtrij' | 'verzonden' | undefined;
  metadata?: Record<string, unknown> | undefined;
}

const PREVIEW_LENGTH = 2000;

/** Who hears about a gesprek: all agents, and for web chat the citizen's own session. */
function audienceOf(gesprek: { kanaal: string; externe_id: string | null }, richting?: NewBericht['richting']): Audience {
  const chat = gesprek.kanaal === 'webchat' && gesprek.externe_id && richting !== 'notitie' && richting !== undefined;
  return { agents: true, ...(chat ? { chatSessionIds: [gesprek.externe_id as string] } : {}) };
}

async function loadGesprek(db: Db, id: string) {
  const gesprek = await db.selectFrom('gesprek').selectAll().where('id', '=', id).executeTakeFirst();
  if (!gesprek) throw GesprekNotFound();
  return gesprek;
}

export async function createGesprek(db: Db, gesprek: NewGesprek): Promise<string> {
  return (await insertGesprek(db, gesprek)).id;
}

function insertGesprek(db: Db, gesprek: NewGesprek) {
  return db
    .insertInto('gesprek')
    .values({
      kanaal: gesprek.kanaal,
      partij_id: gesprek.partijId ?? null,
      verzoek_id: gesprek.verzoekId ?? null,
      klantcontact_id: gesprek.klantcontactId ?? null,
      externe_id: gesprek.externeId ?? null,
      onderwerp: gesprek.onderwerp ?? null,
      bot_modus: gesprek.botModus ?? 'uit',
      metadata: gesprek.metadata ? JSON.stringify(gesprek.metadata) : null,
      ...(gesprek.gestartOp ? { gestart_op: gesprek.gestartOp } : {}),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function appendBericht(db: Db, gesprekId: string, bericht: NewBericht): Promise<string> {
  return inTransaction(db, async (trx) => appendAan(trx, await loadGesprek(trx, gesprekId), bericht));
}

/** Appends to a gesprek as it stands in this transaction (read, or just inserted). */
async function appendAan(trx: Db, gesprek: Awaited<ReturnType<typeof loadGesprek>>, bericht: NewBericht): Promise<string> {
  const gesprekId = gesprek.id;
  const row = await trx
    .insertInto('bericht')
    .values({
      gesprek_id: gesprekId,
      richting: bericht.richting,
      inhoud: bericht.inhoud,
      html: bericht.html ?? null,
      afzender_actor_id: bericht.afzenderActorId ?? null,
      kanaal_bericht_id: bericht.kanaalBerichtId ?? null,
      bezorgstatus: bericht.bezorgstatus ?? null,
      volgende_poging_op: bericht.bezorgstatus === 'wachtrij' ? new Date() : null,
      metadata: bericht.metadata ? JSON.stringify(bericht.metadata) : null,
      ...(bericht.verzondenOp ? { verzonden_op: bericht.verzondenOp } : {}),
    })
    .returning(['id', 'verzonden_op'])
    .executeTakeFirstOrThrow();
  // The citizen waits from their first unanswered message until an agent (or the bot) replies.
  const wacht_sinds =
    bericht.richting === 'inkomend'
      ? (gesprek.wacht_sinds ?? row.verzonden_op)
      : bericht.richting === 'uitgaand'
        ? null
        : gesprek.wacht_sinds;
  // A citizen who writes again wakes a snoozed gesprek: it is back in the inbox at once.
  const wekken = bericht.richting === 'inkomend' && gesprek.gesluimerd_tot !== null;
  await trx
    .updateTable('gesprek')
    .set({ gewijzigd_op: new Date(), laatste_bericht_op: row.verzonden_op, wacht_sinds, ...(wekken ? { gesluimerd_tot: null } : {}) })
    .where('id', '=', gesprekId)
    .execute();
  await publishEvent(trx, {
    type: 'bericht.nieuw',
    audience: audienceOf(gesprek, bericht.richting),
    data: {
      gesprekId,
      kanaal: gesprek.kanaal,
      bericht: {
        id: row.id,
        richting: bericht.richting,
        inhoud: cutText(bericht.inhoud, PREVIEW_LENGTH),
        ingekort: bericht.inhoud.length > PREVIEW_LENGTH,
        kanaalBerichtId: bericht.kanaalBerichtId ?? null,
        verzondenOp: new Date(row.verzonden_op).toISOString(),
      },
    },
  });
  return row.id;
}

export async function changeGesprekStatus(
  db: Db,
  ctx: RequestContext | undefined,
  gesprekId: string,
  transition: GesprekTransition,
): Promise<GesprekStatus> {
  return inTransaction(db, async (trx) => {
    const gesprek = await loadGesprek(trx, gesprekId);
    const status = gesprekStatus.next(gesprek.status as GesprekStatus, transition);
    await trx
      .updateTable('gesprek')
      // The wait is measured after closing (rapportage); a reopened gesprek is measured again.
      .set({ status, gewijzigd_op: new Date(), afgesloten_op: status === 'afgehandeld' ? new Date() : null, wachttijd_werkseconden: null })
      .where('id', '=', gesprekId)
      .execute();
    if (ctx && gesprek.partij_id) {
      await logVerwerking(trx, ctx, {
        actieNaam: `Gesprek ${transition}`,
        handelingNaam: 'Wijzigen',
        objecten: [
          { objecttype: 'gesprek', objectId: gesprekId, betrokkenheid: 'gesprek' },
          { objecttype: 'partij', objectId: gesprek.partij_id, betrokkenheid: 'klant' },
        ],
      });
    }
    await publishEvent(trx, { type: 'gesprek.status', audience: { agents: true }, data: { gesprekId, status, transitie: transition } });
    return status;
  });
}

export function linkGesprek(db: Db, gesprekId: string, links: { partijId?: string; klantcontactId?: string }) {
  return db
    .updateTable('gesprek')
    .set({
      ...(links.partijId ? { partij_id: links.partijId } : {}),
      ...(links.klantcontactId ? { klantcontact_id: links.klantcontactId } : {}),
    })
    .where('id', '=', gesprekId)
    .execute();
}

/** Starts a gesprek with its first messages (counter visits, imports, demo data). */
export async function startGesprek(db: Db, ctx: RequestContext, gesprek: NewGesprek, berichten: NewBericht[] = []) {
  return inTransaction(db, async (trx) => {
    const nieuw = await insertGesprek(trx, gesprek);
    const id = nieuw.id;
    // The first message goes on the row just inserted; later ones on the gesprek as it then stands.
    for (const [i, bericht] of berichten.entries()) await appendAan(trx, i === 0 ? nieuw : await loadGesprek(trx, id), bericht);
    if (gesprek.partijId) {
      await logVerwerking(trx, ctx, {
        actieNaam: 'Gesprek starten',
        handelingNaam: 'Invoeren',
        objecten: [
          { objecttype: 'gesprek', objectId: id, betrokkenheid: 'gesprek', soortenGegevens: ['berichten'] },
          { objecttype: 'partij', objectId: gesprek.partijId, betrokkenheid: 'klant' },
        ],
      });
    }
    return id;
  });
}
