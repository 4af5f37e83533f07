import { sql } from 'kysely';
import type { GebeurtenisBron, GebeurtenisStatus } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';

/** Stores an event as it arrived; the same sleutel again is a replay and stores nothing. */
export async function insertGebeurtenis(
  db: Db,
  values: { bron: GebeurtenisBron; sleutel: string; soort: string; inhoud: Record<string, unknown>; nu: Date },
) {
  const inserted = await db
    .insertInto('gebeurtenis')
    .values({
      bron: values.bron,
      sleutel: values.sleutel,
      soort: values.soort,
      inhoud: JSON.stringify(values.inhoud),
      ontvangen_op: values.nu,
      volgende_poging_op: values.nu,
    })
    .onConflict((oc) => oc.column('sleutel').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, dubbel: false };
  const existing = await db.selectFrom('gebeurtenis').select('id').where('sleutel', '=', values.sleutel).executeTakeFirstOrThrow();
  return { id: existing.id, dubbel: true };
}

const GECLAIMD = ['id', 'bron', 'soort', 'inhoud', 'ontvangen_op', 'pogingen'] as const;

/**
 * Claims up to `limit` due events under a lease in one statement, oldest first. Rows another
 * node is claiming at the same moment are skipped, not waited for, so two nodes split a burst
 * between them and never take the same event.
 */
export function claimDue(db: Db, nu: Date, leaseTot: Date, limit: number) {
  return db
    .updateTable('gebeurtenis')
    .set({ volgende_poging_op: leaseTot })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('gebeurtenis')
        .select('id')
        .where('status', '<>', 'verwerkt')
        .where('volgende_poging_op', '<=', nu)
        .orderBy('volgende_poging_op')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(GECLAIMD)
    .execute();
}

export function markAfgerond(
  db: Db,
  id: string,
  uitkomst: { status: GebeurtenisStatus; fout: string | null; geraakt: number | null; nu: Date; volgende: Date },
) {
  return db
    .updateTable('gebeurtenis')
    .set({
      status: uitkomst.status,
      laatste_fout: uitkomst.fout,
      regels_geraakt: uitkomst.geraakt,
      pogingen: sql`pogingen + 1`,
      verwerkt_op: uitkomst.status === 'verwerkt' ? uitkomst.nu : null,
      volgende_poging_op: uitkomst.volgende,
    })
    .where('id', '=', id)
    .execute();
}

export function listGebeurtenissen(db: Db, filter: { status?: GebeurtenisStatus | undefined; limit: number }) {
  let query = db.selectFrom('gebeurtenis').selectAll().orderBy('ontvangen_op', 'desc').orderBy('id').limit(filter.limit);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.execute();
}

export function laatsteVanBron(db: Db, bron: GebeurtenisBron, limit: number) {
  return db
    .selectFrom('gebeurtenis')
    .select(['id', 'bron', 'soort', 'inhoud', 'ontvangen_op'])
    .where('bron', '=', bron)
    .orderBy('ontvangen_op', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Events per kind, and how many of them no active rule matched (types nobody handles yet). */
export function tellingPerSoort(db: Db) {
  return db
    .selectFrom('gebeurtenis')
    .select([
      'bron',
      'soort',
      sql<number>`count(*)::int`.as('aantal'),
      sql<number>`(count(*) filter (where regels_geraakt = 0))::int`.as('zonder_regel'),
    ])
    .groupBy(['bron', 'soort'])
    .orderBy('bron')
    .orderBy('soort')
    .execute();
}

export function uitkomstenVan(db: Db, filter: { gebeurtenisIds?: string[]; regelId?: string; limit: number }) {
  let query = db.selectFrom('gebeurtenis_actie').selectAll().orderBy('uitgevoerd_op', 'desc').orderBy('actie_index').limit(filter.limit);
  if (filter.gebeurtenisIds) {
    if (filter.gebeurtenisIds.length === 0) return Promise.resolve([]);
    query = query.where('gebeurtenis_id', 'in', filter.gebeurtenisIds);
  }
  if (filter.regelId) query = query.where('regel_id', '=', filter.regelId);
  return query.execute();
}

export async function actieAfgerond(db: Db, gebeurtenisId: string, regelId: string, index: number): Promise<boolean> {
  const row = await db
    .selectFrom('gebeurtenis_actie')
    .select('status')
    .where('gebeurtenis_id', '=', gebeurtenisId)
    .where('regel_id', '=', regelId)
    .where('actie_index', '=', index)
    .executeTakeFirst();
  return row !== undefined && row.status !== 'mislukt';
}

export function recordUitkomst(
  db: Db,
  u: {
    gebeurtenisId: string;
    regelId: string;
    index: number;
    soort: string;
    status: 'gelukt' | 'mislukt' | 'overgeslagen';
    fout: string | null;
    resultaat: Record<string, unknown> | null;
    nu: Date;
  },
) {
  const values = {
    soort: u.soort,
    status: u.status,
    fout: u.fout,
    resultaat: u.resultaat ? JSON.stringify(u.resultaat) : null,
    uitgevoerd_op: u.nu,
  };
  return db
    .insertInto('gebeurtenis_actie')
    .values({ gebeurtenis_id: u.gebeurtenisId, regel_id: u.regelId, actie_index: u.index, ...values })
    .onConflict((oc) => oc.columns(['gebeurtenis_id', 'regel_id', 'actie_index']).doUpdateSet(values))
    .execute();
}

/** The newest signals rules made, for team leads. */
export function recenteSignalen(db: Db, limit: number) {
  return db.selectFrom('gebeurtenis_signaal').selectAll().orderBy('aangemaakt_op', 'desc').orderBy('id').limit(limit).execute();
}
