import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Bezorgstatus, Database } from '../db/schema.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';

/** What an outbound adapter gets to send: the reply and the thread it belongs to. */
export interface OutboundMessage {
  berichtId: string;
  gesprekId: string;
  kanaal: string;
  externeId: string | null;
  onderwerp: string | null;
  inhoud: string;
  html: string | null;
  /** The citizen's address on this channel (e-mail address, phone number, WhatsApp id). */
  aan: string | null;
  /** Channel ids of earlier messages in the thread, oldest first, without auto-replies (e-mail References). */
  eerdereBerichtIds: string[];
  /** Channel id of the citizen's latest own message (not an auto-reply or bounce): e-mail In-Reply-To. */
  antwoordOp: string | null;
}

export interface OutboundAdapter {
  /** Sends one message; returns the channel's id for it. Throws to be retried later. */
  send(message: OutboundMessage): Promise<{ kanaalBerichtId?: string }>;
}

/** Outbound adapters per channel; each channel module registers its own. */
export class OutboundRegistry {
  readonly #adapters = new Map<string, OutboundAdapter>();
  register(kanaal: string, adapter: OutboundAdapter): void {
    this.#adapters.set(kanaal, adapter);
  }
  get(kanaal: string): OutboundAdapter | undefined {
    return this.#adapters.get(kanaal);
  }
}

/**
 * Thrown by an adapter when retrying cannot help (the provider refused the message with a 4xx,
 * WhatsApp's 24-hour window is closed): the reply is 'mislukt' at once, with this reason.
 */
export class DeliveryRefused extends Error {
  override readonly name = 'DeliveryRefused';
}

const MAX_ATTEMPTS = 8;
const LEASE = sql`interval '5 minutes'`;

type Db = Kysely<Database>;

/** A message earlier in the thread, as the claim returns it. */
interface Eerder {
  id: string;
  richting: 'inkomend' | 'uitgaand';
  automatisch: boolean;
}

/**
 * Claims up to `limit` due replies by pushing their next attempt out by a lease, so other nodes
 * skip them: one statement, which also returns each one's gesprek and the thread's earlier channel
 * ids (oldest first).
 */
async function claim(db: Db, limit: number) {
  const rows = await db
    .updateTable('bericht')
    .from('gesprek')
    .set({ volgende_poging_op: sql`now() + ${LEASE}` })
    .whereRef('gesprek.id', '=', 'bericht.gesprek_id')
    .where('bericht.id', 'in', (eb) =>
      eb
        .selectFrom('bericht as due')
        .select('due.id')
        .where('due.bezorgstatus', '=', 'wachtrij')
        .where('due.volgende_poging_op', '<=', new Date())
        .orderBy('due.volgende_poging_op')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning([
      'bericht.id',
      'bericht.gesprek_id',
      'bericht.inhoud',
      'bericht.html',
      'bericht.pogingen',
      'bericht.verzonden_op',
      'bericht.metadata as bericht_metadata',
      'gesprek.kanaal',
      'gesprek.externe_id',
      'gesprek.onderwerp',
      'gesprek.metadata',
      sql<Eerder[]>`(
        select coalesce(json_agg(json_build_object(
          'id', e.kanaal_bericht_id, 'richting', e.richting, 'automatisch', coalesce(e.metadata ? 'automatisch', false)
        ) order by e.verzonden_op), '[]'::json)
        from bericht e
        where e.gesprek_id = bericht.gesprek_id and e.kanaal_bericht_id is not null and e.id <> bericht.id
      )`.as('eerder'),
    ])
    .execute();
  return (
    rows
      // In the order they were written, so two replies in one gesprek go out as the agent sent them.
      .sort((a, b) => a.verzonden_op.getTime() - b.verzonden_op.getTime() || a.id.localeCompare(b.id))
      .map((row) => {
        // Auto-replies and bounces are no part of the conversation a reply answers.
        const thread = row.eerder.filter((e) => !e.automatisch);
        const citizen = thread.filter((e) => e.richting === 'inkomend').at(-1);
        return { row, earlier: thread.map((e) => e.id), antwoordOp: citizen?.id ?? null };
      })
  );
}

/**
 * Delivers queued replies through their channel's adapter, with retries and back-off; each
 * message's delivery status (wachtrij, verzonden, mislukt) is kept on the bericht. A reply is
 * claimed under a lease and sent outside any transaction: a slow mail server holds no database
 * connection, and a node that dies mid-send leaves the reply to be retried when the lease ends.
 */
export async function deliverDue(db: Db, registry: OutboundRegistry, limit = 20): Promise<number> {
  let sent = 0;
  for (;;) {
    const claimed = await claim(db, limit);
    for (const c of claimed) if (await deliver(db, registry, c)) sent++;
    if (claimed.length < limit) return sent;
  }
}

/** Hands one claimed reply to its channel's adapter; true when it went. */
async function deliver(db: Db, registry: OutboundRegistry, claimed: Awaited<ReturnType<typeof claim>>[number]): Promise<boolean> {
  const { row, earlier, antwoordOp } = claimed;
  // A reply may go by another channel than the gesprek's (a web form answered by e-mail).
  const omweg = row.bericht_metadata as { antwoordVia?: string; antwoordAan?: string | null } | null;
  const kanaal = omweg?.antwoordVia ?? row.kanaal;
  const adapter = registry.get(kanaal);
  try {
    if (!adapter) throw new Error(`geen uitgaand kanaal voor ${kanaal}`);
    const result = await adapter.send({
      berichtId: row.id,
      gesprekId: row.gesprek_id,
      kanaal,
      externeId: row.externe_id,
      onderwerp: row.onderwerp,
      inhoud: row.inhoud,
      html: row.html,
      aan: omweg?.antwoordVia ? (omweg.antwoordAan ?? null) : ((row.metadata as { antwoordAan?: string } | null)?.antwoordAan ?? null),
      // The gesprek's own channel ids (a form's submission key) are no Message-IDs to thread on.
      eerdereBerichtIds: omweg?.antwoordVia ? [] : earlier,
      antwoordOp: omweg?.antwoordVia ? null : antwoordOp,
    });
    await db
      .updateTable('bericht')
      .set({
        bezorgstatus: 'verzonden',
        bezorgfout: null,
        pogingen: sql`pogingen + 1`,
        ...(result.kanaalBerichtId ? { kanaal_bericht_id: result.kanaalBerichtId } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    return true;
  } catch (error) {
    const last = error instanceof DeliveryRefused || row.pogingen + 1 >= MAX_ATTEMPTS;
    await db
      .updateTable('bericht')
      .set({
        bezorgstatus: last ? 'mislukt' : 'wachtrij',
        bezorgfout: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
        pogingen: sql`pogingen + 1`,
        volgende_poging_op: sql`now() + least(interval '1 hour', interval '2 seconds' * power(2, pogingen))`,
      })
      .where('id', '=', row.id)
      .execute();
    return false;
  }
}

/**
 * A bounce reported that replies with these channel ids never arrived: their delivery is
 * 'mislukt' with the reason, whatever the adapter said when it handed them over.
 */
export async function markDeliveryFailed(db: Db, kanaal: string, kanaalBerichtIds: string[], reden: string): Promise<number> {
  if (kanaalBerichtIds.length === 0) return 0;
  const result = await db
    .updateTable('bericht')
    .set({ bezorgstatus: 'mislukt', bezorgfout: reden.slice(0, 1000) })
    .where('richting', '=', 'uitgaand')
    .where('kanaal_bericht_id', 'in', kanaalBerichtIds)
    .where('gesprek_id', 'in', (eb) => eb.selectFrom('gesprek').select('id').where('kanaal', '=', kanaal))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** From which statuses each report may move a reply: reports arrive out of order and never move it back. */
const MOVES_FROM: Record<Exclude<Bezorgstatus, 'wachtrij'>, Bezorgstatus[]> = {
  verzonden: ['wachtrij'],
  afgeleverd: ['wachtrij', 'verzonden'],
  gelezen: ['wachtrij', 'verzonden', 'afgeleverd', 'mislukt'],
  mislukt: ['wachtrij', 'verzonden', 'afgeleverd'],
};

/**
 * A provider reported on replies it got from us (WhatsApp statuses, Messenger receipts, SMS
 * delivery reports), by the channel's ids for them. Only moves a status forward; 'mislukt' (with
 * the provider's reason) wins over anything but 'gelezen', and a read receipt proves delivery
 * after all. Agents hear of each change ('bericht.bezorgstatus').
 */
export async function applyDeliveryStatus(
  db: Db,
  kanaal: string,
  kanaalBerichtIds: string[],
  status: Exclude<Bezorgstatus, 'wachtrij'>,
  reden?: string,
): Promise<number> {
  if (kanaalBerichtIds.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('bericht')
      .set({ bezorgstatus: status, bezorgfout: status === 'mislukt' ? (reden ?? 'mislukt').slice(0, 1000) : null })
      .where('richting', '=', 'uitgaand')
      .where('kanaal_bericht_id', 'in', kanaalBerichtIds)
      .where('bezorgstatus', 'in', MOVES_FROM[status])
      .where('gesprek_id', 'in', (eb) => eb.selectFrom('gesprek').select('id').where('kanaal', '=', kanaal))
      .returning(['id', 'gesprek_id'])
      .execute();
    for (const row of updated) {
      await publishEvent(trx, {
        type: 'bericht.bezorgstatus',
        audience: { agents: true },
        data: { gesprekId: row.gesprek_id, berichtId: row.id, bezorgstatus: status },
      });
    }
    return updated.length;
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    outbound: OutboundRegistry;
  }
}
