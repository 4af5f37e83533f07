import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Backoffice } from '../backoffice/backoffice.ts';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../platform/clock.ts';
import { plan, voerUit, type ActieOmgeving } from './acties.ts';
import type { CloudEventBody, Notificatie, RegelActie, RegelMatch } from './gebeurtenissen.schemas.ts';
import * as q from './gebeurtenissen.queries.ts';
import { verstuurGeplande } from './proactief-bericht.ts';
import { GebeurtenisContext, pastRegel, regelLeestZaak, type Gebeurtenis, type Regel } from './regel-evaluatie.ts';
import { actieveRegels } from './regels.queries.ts';
import { OntbrekendeVariabelen } from './sjablonen.ts';

type GeclaimdeGebeurtenis = Awaited<ReturnType<typeof q.claimDue>>[number];

export interface GebeurtenisOptions {
  /** Called before an event is processed; tests throw here to prove a failed event is kept and retried. */
  voorVerwerking?: (gebeurtenis: Gebeurtenis) => void | Promise<void>;
}

const LEASE_MS = 5 * 60_000;
const MAX_POGINGEN = 10;
const PARALLEL = 4;
const GEPLAND_INTERVAL_MS = 15_000;
const NOOIT = new Date('9999-12-31T00:00:00Z');
const sleutel = (delen: unknown[]) => createHash('sha256').update(JSON.stringify(delen)).digest('hex');

export function toRegel(row: { id: string; naam: string; match: unknown; acties: unknown }): Regel {
  return { id: row.id, naam: row.naam, match: row.match as RegelMatch, acties: row.acties as RegelActie[] };
}

/**
 * Events in: stored first (a replay finds its stored twin and changes nothing), then processed
 * by a job against the active rules, with back-off on failure. What each action did is kept per
 * event and rule; a template that lacks a variable fails its action visibly and sends nothing.
 */
export class Gebeurtenissen {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    private readonly bo: () => Backoffice,
    private readonly acties: ActieOmgeving,
    private readonly options: GebeurtenisOptions = {},
  ) {}

  ontvangNotificatie(n: Notificatie) {
    // The standard's fields that make two deliveries the same notificatie.
    const key = sleutel(['notificatie', n.kanaal, n.hoofdObject, n.resource, n.resourceUrl, n.actie, n.aanmaakdatum]);
    return q.insertGebeurtenis(this.db, {
      bron: 'notificatie',
      sleutel: key,
      soort: `${n.kanaal}/${n.resource}/${n.actie}`,
      inhoud: { ...n },
      nu: this.clock.now(),
    });
  }

  ontvangCloudEvent(e: CloudEventBody) {
    // CloudEvents: source + id identify an event; the producer repeats both on a redelivery.
    return q.insertGebeurtenis(this.db, {
      bron: 'cloudevent',
      sleutel: sleutel(['cloudevent', e.source, e.id]),
      soort: e.type,
      inhoud: { ...e },
      nu: this.clock.now(),
    });
  }

  #geplandBekekenOp = -Infinity;

  /**
   * Held messages whose quiet hours are over go out on the first run after, but are looked for at
   * most every GEPLAND_INTERVAL_MS: a run per event in a busy stream need not ask each time.
   */
  async #verstuurGeplande(): Promise<void> {
    const nu = this.clock.now();
    if (Math.abs(nu.getTime() - this.#geplandBekekenOp) < GEPLAND_INTERVAL_MS) return;
    this.#geplandBekekenOp = nu.getTime();
    await verstuurGeplande(this.acties, nu);
  }

  /** Processes one claimed event; false when it failed (kept with its error for a retry). */
  async #verwerk(row: GeclaimdeGebeurtenis, regels: (bron: Gebeurtenis['bron']) => Promise<Regel[]>): Promise<boolean> {
    const { id } = row;
    const nu = this.clock.now();
    const g: Gebeurtenis = { id: row.id, bron: row.bron, soort: row.soort, inhoud: row.inhoud, ontvangenOp: new Date(row.ontvangen_op) };
    try {
      await this.options.voorVerwerking?.(g);
      const ctx = new GebeurtenisContext(g, this.bo());
      let geraakt = 0;
      const fouten: string[] = [];
      for (const regel of await regels(g.bron)) {
        if (!(await pastRegel(regel, ctx))) continue;
        geraakt++;
        fouten.push(...(await this.#voerRegelUit(regel, ctx, g)));
      }
      if (g.bron === 'notificatie' && g.inhoud.kanaal === 'zaken') await this.#vergeetZaken(ctx);
      // A failed template will not fill itself on a retry: kept as mislukt, not retried.
      await q.markAfgerond(this.db, id, {
        status: fouten.length ? 'mislukt' : 'verwerkt',
        fout: fouten.length ? fouten.join('; ').slice(0, 2000) : null,
        geraakt,
        nu,
        volgende: fouten.length ? NOOIT : nu,
      });
      return fouten.length === 0;
    } catch (error) {
      const fout = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const volgende = row.pogingen + 1 >= MAX_POGINGEN ? NOOIT : new Date(nu.getTime() + Math.min(3_600_000, 5_000 * 2 ** row.pogingen));
      await q.markAfgerond(this.db, id, { status: 'mislukt', fout: fout.slice(0, 2000), geraakt: null, nu, volgende });
      return false;
    }
  }

  /**
   * A zaak changed: this node forgets the cached zaken of the people in it, so an agent sees the
   * change now. Best effort: when the zaaksysteem does not answer, the cache expires within its TTL
   * (as it does on the other nodes, which keep their own).
   */
  async #vergeetZaken(ctx: GebeurtenisContext): Promise<void> {
    try {
      for (const bsn of (await ctx.zaak())?.bsns ?? []) this.bo().invalidate(bsn);
    } catch {
      // Nothing to forget we could name; see above.
    }
  }

  async #voerRegelUit(regel: Regel, ctx: GebeurtenisContext, g: Gebeurtenis): Promise<string[]> {
    const fouten: string[] = [];
    const vars = await ctx.variabelen(regelLeestZaak(regel));
    for (const [index, actie] of regel.acties.entries()) {
      if (await q.actieAfgerond(this.db, g.id, regel.id, index)) continue;
      const nu = this.clock.now();
      const base = { gebeurtenisId: g.id, regelId: regel.id, index, soort: actie.soort, nu };
      try {
        const uitkomst = await voerUit(this.acties, await plan(this.acties, actie, ctx, vars), {
          gebeurtenisId: g.id,
          regelId: regel.id,
          soort: g.soort,
          inhoud: g.inhoud,
          nu,
        });
        await q.recordUitkomst(this.db, { ...base, ...uitkomst });
      } catch (error) {
        if (!(error instanceof OntbrekendeVariabelen)) throw error;
        await q.recordUitkomst(this.db, { ...base, status: 'mislukt', fout: error.message, resultaat: { ontbrekend: error.namen } });
        fouten.push(`${regel.naam}: ${error.message}`);
      }
    }
    return fouten;
  }

  /**
   * Processes what is due: new events, failed ones after their back-off, and messages held for
   * quiet hours that are over. Events are claimed in batches of `limit` until fewer are due, so a
   * burst is worked through in one run.
   */
  async processDue(limit = 50, parallel = PARALLEL): Promise<number> {
    await this.#verstuurGeplande();
    let verwerkt = 0;
    for (;;) {
      const nu = this.clock.now();
      const batch = await q.claimDue(this.db, nu, new Date(nu.getTime() + LEASE_MS), limit);
      verwerkt += await this.#verwerkBatch(batch, parallel);
      if (batch.length < limit) return verwerkt;
    }
  }

  /**
   * Works a claimed batch with `parallel` workers: on PostgreSQL an event is mostly waiting for
   * round trips, so several share the pool (PGlite runs their statements one after another
   * anyway). The active rules are read once per batch.
   */
  async #verwerkBatch(batch: GeclaimdeGebeurtenis[], parallel: number): Promise<number> {
    const perBron = new Map<Gebeurtenis['bron'], Promise<Regel[]>>();
    const regels = (bron: Gebeurtenis['bron']) => {
      let found = perBron.get(bron);
      if (!found) perBron.set(bron, (found = actieveRegels(this.db, bron).then((rows) => rows.map(toRegel))));
      return found;
    };
    let verwerkt = 0;
    let next = 0;
    const worker = async () => {
      while (next < batch.length) if (await this.#verwerk(batch[next++]!, regels)) verwerkt++;
    };
    // Settled, not all: the run ends only when every worker has, even when one of them failed.
    const uit = await Promise.allSettled(Array.from({ length: Math.min(parallel, batch.length) }, worker));
    for (const u of uit) if (u.status === 'rejected') throw u.reason;
    return verwerkt;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    gebeurtenissen: Gebeurtenissen;
  }
}
