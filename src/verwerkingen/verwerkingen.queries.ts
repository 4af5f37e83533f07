import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';

export interface VerwerkingenFilter {
  objecttype?: string | undefined;
  objectId?: string | undefined;
  gebruiker?: string | undefined;
  van?: string | undefined;
  tot?: string | undefined;
  /** Part of the purpose (doel), any case. */
  doel?: string | undefined;
  limit: number;
  offset?: number | undefined;
}

/** Processing-log entries with the objects they touched, newest first. */
export async function findVerwerkingen(db: Db, filter: VerwerkingenFilter) {
  let query = db.selectFrom('verwerkingsactie as a').selectAll('a');
  if (filter.objectId) {
    const { objectId, objecttype } = filter;
    query = query.where('a.id', 'in', (eb) => {
      let sub = eb.selectFrom('verwerkt_object').select('verwerkingsactie_id').where('object_id', '=', objectId);
      if (objecttype) sub = sub.where('objecttype', '=', objecttype);
      return sub;
    });
  }
  if (filter.gebruiker) query = query.where('a.gebruiker', '=', filter.gebruiker);
  if (filter.van) query = query.where('a.tijdstip', '>=', new Date(filter.van));
  if (filter.tot) query = query.where('a.tijdstip', '<', new Date(filter.tot));
  if (filter.doel) query = query.where('a.doel', 'ilike', `%${filter.doel.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const acties = await query
    .orderBy('a.tijdstip', 'desc')
    .orderBy('a.tijdstip_registratie', 'desc')
    .orderBy('a.id')
    .limit(filter.limit)
    .offset(filter.offset ?? 0)
    .execute();
  if (acties.length === 0) return [];
  const objecten = await db
    .selectFrom('verwerkt_object')
    .selectAll()
    .where(
      'verwerkingsactie_id',
      'in',
      acties.map((a) => a.id),
    )
    .execute();
  return acties.map((actie) => ({ actie, objecten: objecten.filter((o) => o.verwerkingsactie_id === actie.id) }));
}

export async function countVerwerkingenFor(db: Db, objectId: string) {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from verwerkt_object where object_id = ${objectId}`.execute(db);
  return rows[0]?.n ?? 0;
}
