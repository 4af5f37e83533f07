import type { Selectable } from 'kysely';
import type { Backoffice } from '../backoffice/backoffice.ts';
import type { GebeurtenisActieTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import type { Clock } from '../platform/clock.ts';
import { plan, type ActieOmgeving } from './acties.ts';
import { RegelNotFound } from './gebeurtenissen.errors.ts';
import type { ActieUitkomst, ProefResponse, RegelBody, RegelResponse } from './gebeurtenissen.schemas.ts';
import * as gq from './gebeurtenissen.queries.ts';
import { toRegel } from './gebeurtenissen.service.ts';
import { GebeurtenisContext, pastRegel, regelLeestZaak } from './regel-evaluatie.ts';
import * as q from './regels.queries.ts';

/** Rules that turn events into work or messages: beheer, and a proef that shows without doing. */
const iso = (d: Date | string) => new Date(d).toISOString();

export function toUitkomst(r: Selectable<GebeurtenisActieTable>): ActieUitkomst {
  return {
    gebeurtenisId: r.gebeurtenis_id,
    regelId: r.regel_id,
    actieIndex: r.actie_index,
    soort: r.soort,
    status: r.status,
    fout: r.fout,
    resultaat: r.resultaat,
    uitgevoerdOp: iso(r.uitgevoerd_op),
  };
}

async function toResponse(db: Db, row: NonNullable<Awaited<ReturnType<typeof q.findRegel>>>): Promise<RegelResponse> {
  const uitkomsten = await gq.uitkomstenVan(db, { regelId: row.id, limit: 20 });
  const regel = toRegel(row);
  return {
    id: row.id,
    naam: row.naam,
    actief: row.actief,
    match: regel.match,
    acties: regel.acties,
    aangemaaktOp: iso(row.aangemaakt_op),
    gewijzigdOp: iso(row.gewijzigd_op),
    uitkomsten: uitkomsten.map(toUitkomst),
  };
}

export async function listRegels(db: Db): Promise<RegelResponse[]> {
  return Promise.all((await q.listRegels(db)).map((row) => toResponse(db, row)));
}

export async function getRegel(db: Db, id: string): Promise<RegelResponse> {
  const row = await q.findRegel(db, id);
  if (!row) throw RegelNotFound();
  return toResponse(db, row);
}

export async function createRegel(db: Db, body: RegelBody): Promise<RegelResponse> {
  return toResponse(db, await q.insertRegel(db, body));
}

export async function updateRegel(db: Db, clock: Clock, id: string, body: RegelBody): Promise<RegelResponse> {
  const row = await q.updateRegel(db, id, body, clock.now());
  if (!row) throw RegelNotFound();
  return toResponse(db, row);
}

export async function deleteRegel(db: Db, id: string): Promise<void> {
  const result = await q.deleteRegel(db, id);
  if (result.numDeletedRows === 0n) throw RegelNotFound();
}

/**
 * What the rule would have done with the last `aantal` stored events of its kind: whether it
 * matches, the filled-in texts and recipients, or why an action would fail. It reads (events,
 * the zaak, partijen) and writes nothing.
 */
export async function proef(db: Db, bo: Backoffice, env: ActieOmgeving, id: string, aantal: number): Promise<ProefResponse> {
  const row = await q.findRegel(db, id);
  if (!row) throw RegelNotFound();
  const regel = toRegel(row);
  const events = await gq.laatsteVanBron(db, regel.match.bron, aantal);
  const uitkomsten: ProefResponse['uitkomsten'] = [];
  for (const e of events) {
    const ctx = new GebeurtenisContext(
      { id: e.id, bron: e.bron, soort: e.soort, inhoud: e.inhoud, ontvangenOp: new Date(e.ontvangen_op) },
      bo,
    );
    const base = { gebeurtenisId: e.id, soort: e.soort, ontvangenOp: iso(e.ontvangen_op) };
    try {
      if (!(await pastRegel(regel, ctx))) {
        uitkomsten.push({ ...base, past: false, fout: null, acties: [] });
        continue;
      }
      const vars = await ctx.variabelen(regelLeestZaak(regel));
      const acties: ProefResponse['uitkomsten'][number]['acties'] = [];
      for (const actie of regel.acties) {
        try {
          acties.push({ soort: actie.soort, zou: { ...(await plan(env, actie, ctx, vars)) }, fout: null });
        } catch (error) {
          acties.push({ soort: actie.soort, zou: null, fout: error instanceof Error ? error.message : String(error) });
        }
      }
      uitkomsten.push({ ...base, past: true, fout: null, acties });
    } catch (error) {
      uitkomsten.push({ ...base, past: false, fout: error instanceof Error ? error.message : String(error), acties: [] });
    }
  }
  return { regelId: id, bekeken: events.length, uitkomsten };
}
