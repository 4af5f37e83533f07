import type { AttenderingSoort } from '../db/schema.ts';
import { inTransaction, type Db } from '../db/transaction.ts';
import { PartijNotFound } from '../parties/parties.errors.ts';
import { partijExists } from '../parties/parties.service.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking, type Handeling } from '../platform/verwerkingslog.ts';

/**
 * Opt-in and opt-out of proactive messages. A partij opts in to hear about a place or an object
 * (a container, a street, an address) per kind of message (berichtsoort); events about it reach
 * exactly those partijen, never people found in the BRP. An opt-out of a kind of message is
 * honoured for every proactive message of that kind, also one already held for quiet hours.
 */
export interface Attendering {
  id: string;
  berichtsoort: string;
  soort: AttenderingSoort;
  waarde: string;
  aangemaaktOp: string;
}

/** The same place written differently is one key: streets case- and space-insensitive, addresses as 3541AK 14. */
export function normaliseer(soort: AttenderingSoort, waarde: string): string {
  const w = waarde.trim().replace(/\s+/g, ' ');
  if (soort === 'straat') return w.toLowerCase();
  if (soort === 'adres') {
    const m = /^(\d{4})\s?([a-z]{2})\s*[, ]?\s*(\S.*)$/i.exec(w);
    return m ? `${m[1]}${(m[2] as string).toUpperCase()} ${(m[3] as string).toUpperCase()}` : w.toUpperCase();
  }
  return w;
}

const berichtsoortNorm = (s: string) => s.trim().toLowerCase();

async function metLog<T>(
  db: Db,
  ctx: RequestContext,
  partijId: string,
  actieNaam: string,
  handeling: Handeling,
  work: (trx: Db) => Promise<T>,
) {
  return inTransaction(db, async (trx) => {
    if (!(await partijExists(trx, partijId))) throw PartijNotFound();
    const result = await work(trx);
    await logVerwerking(trx, ctx, {
      actieNaam,
      handelingNaam: handeling,
      objecten: [{ objecttype: 'partij', objectId: partijId, betrokkenheid: 'klant', soortenGegevens: ['berichtvoorkeuren'] }],
    });
    return result;
  });
}

export function attenderingenVan(db: Db, ctx: RequestContext, partijId: string) {
  return metLog(db, ctx, partijId, 'Berichtvoorkeuren raadplegen', 'Raadplegen', async (trx) => {
    const rows = await trx.selectFrom('attendering').selectAll().where('partij_id', '=', partijId).orderBy('aangemaakt_op').execute();
    const af = await trx.selectFrom('berichtafmelding').selectAll().where('partij_id', '=', partijId).orderBy('berichtsoort').execute();
    return {
      attenderingen: rows.map((r): Attendering => ({
        id: r.id,
        berichtsoort: r.berichtsoort,
        soort: r.soort,
        waarde: r.waarde,
        aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
      })),
      afmeldingen: af.map((a) => ({ berichtsoort: a.berichtsoort, afgemeldOp: new Date(a.afgemeld_op).toISOString() })),
    };
  });
}

/** Idempotent: the same opt-in again returns the one that exists. */
export function voegAttenderingToe(
  db: Db,
  ctx: RequestContext,
  partijId: string,
  body: { berichtsoort: string; soort: AttenderingSoort; waarde: string },
  nu: Date,
): Promise<Attendering> {
  return metLog(db, ctx, partijId, 'Aanmelden voor attendering', 'Invoeren', async (trx) => {
    const values = {
      partij_id: partijId,
      berichtsoort: berichtsoortNorm(body.berichtsoort),
      soort: body.soort,
      waarde: normaliseer(body.soort, body.waarde),
    };
    await trx
      .insertInto('attendering')
      .values({ ...values, aangemaakt_op: nu })
      .onConflict((oc) => oc.columns(['partij_id', 'berichtsoort', 'soort', 'waarde']).doNothing())
      .execute();
    const r = await trx
      .selectFrom('attendering')
      .selectAll()
      .where('partij_id', '=', partijId)
      .where('berichtsoort', '=', values.berichtsoort)
      .where('soort', '=', values.soort)
      .where('waarde', '=', values.waarde)
      .executeTakeFirstOrThrow();
    return {
      id: r.id,
      berichtsoort: r.berichtsoort,
      soort: r.soort,
      waarde: r.waarde,
      aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
    };
  });
}

export function verwijderAttendering(db: Db, ctx: RequestContext, partijId: string, id: string): Promise<boolean> {
  return metLog(db, ctx, partijId, 'Afmelden voor attendering', 'Verwijderen', async (trx) => {
    const r = await trx.deleteFrom('attendering').where('id', '=', id).where('partij_id', '=', partijId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  });
}

/** Opt-out (afgemeld true) or opting in again for one kind of message; logged either way. */
export function zetAfmelding(db: Db, ctx: RequestContext, partijId: string, berichtsoort: string, afgemeld: boolean, nu: Date) {
  const soort = berichtsoortNorm(berichtsoort);
  return metLog(
    db,
    ctx,
    partijId,
    afgemeld ? 'Afmelden voor berichtsoort' : 'Weer aanmelden voor berichtsoort',
    'Wijzigen',
    async (trx) => {
      if (afgemeld)
        await trx
          .insertInto('berichtafmelding')
          .values({ partij_id: partijId, berichtsoort: soort, afgemeld_op: nu })
          .onConflict((oc) => oc.columns(['partij_id', 'berichtsoort']).doNothing())
          .execute();
      else await trx.deleteFrom('berichtafmelding').where('partij_id', '=', partijId).where('berichtsoort', '=', soort).execute();
    },
  );
}

/** Partijen that opted in for this place or object and this kind of message. */
export async function partijenMetAttendering(db: Db, soort: AttenderingSoort, waarde: string, berichtsoort: string): Promise<string[]> {
  const rows = await db
    .selectFrom('attendering')
    .select('partij_id')
    .distinct()
    .where('soort', '=', soort)
    .where('waarde', '=', normaliseer(soort, waarde))
    .where('berichtsoort', '=', berichtsoortNorm(berichtsoort))
    .orderBy('partij_id')
    .execute();
  return rows.map((r) => r.partij_id);
}

/** Of these partijen, those who opted out of this kind of message. */
export async function afgemeldVoor(db: Db, partijIds: string[], berichtsoort: string): Promise<Set<string>> {
  if (partijIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('berichtafmelding')
    .select('partij_id')
    .where('partij_id', 'in', partijIds)
    .where('berichtsoort', '=', berichtsoortNorm(berichtsoort))
    .execute();
  return new Set(rows.map((r) => r.partij_id));
}
