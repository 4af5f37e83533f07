import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { ValidationFailed } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { GesprekNotFound } from './conversations.errors.ts';

/**
 * Labels on a gesprek (issue 16): free text an agent picks, stored normalised so "Parkeren " and
 * "parkeren" are one label. The conversations domain is their one writer, like the gesprek's own.
 */
export const MAX_LABELS = 10;
export const MAX_LABEL_LENGTH = 40;

/** Trimmed, inner white space collapsed, lower case: the form labels are stored and compared in. */
export function normaliseLabel(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The normalised, de-duplicated labels, or a 400 naming each bad entry as `body.labels.<i>`. */
export function normaliseLabels(raw: readonly string[], field = 'body.labels'): string[] {
  const problems = raw.flatMap((value, i) => {
    const label = normaliseLabel(value);
    if (label.length === 0) return [{ field: `${field}.${i}`, message: 'must not be empty' }];
    if (label.length > MAX_LABEL_LENGTH)
      return [{ field: `${field}.${i}`, message: `must NOT have more than ${MAX_LABEL_LENGTH} characters` }];
    return [];
  });
  if (problems.length > 0) throw ValidationFailed(problems);
  const labels = [...new Set(raw.map(normaliseLabel))];
  if (labels.length > MAX_LABELS) throw ValidationFailed([{ field, message: `must NOT have more than ${MAX_LABELS} items` }]);
  return labels.sort();
}

/** The labels of each of these gesprekken, sorted. */
export async function labelsPerGesprek(db: Db, gesprekIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (gesprekIds.length === 0) return map;
  const rows = await db
    .selectFrom('gesprek_label')
    .select(['gesprek_id', 'label'])
    .where('gesprek_id', 'in', gesprekIds)
    .orderBy('label')
    .execute();
  for (const row of rows) map.set(row.gesprek_id, [...(map.get(row.gesprek_id) ?? []), row.label]);
  return map;
}

/** Replaces a gesprek's labels by these (already checked by normaliseLabels); returns them. */
export async function setGesprekLabels(db: Db, ctx: RequestContext, gesprekId: string, raw: readonly string[]): Promise<string[]> {
  const labels = normaliseLabels(raw);
  return inTransaction(db, async (trx) => {
    // Lock the gesprek so two agents labelling at once end with one of their lists, not a mix.
    const gesprek = await trx.selectFrom('gesprek').select(['id', 'partij_id']).where('id', '=', gesprekId).forUpdate().executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    await trx.deleteFrom('gesprek_label').where('gesprek_id', '=', gesprekId).execute();
    if (labels.length > 0)
      await trx
        .insertInto('gesprek_label')
        .values(labels.map((label) => ({ gesprek_id: gesprekId, label })))
        .execute();
    await trx.updateTable('gesprek').set({ gewijzigd_op: new Date() }).where('id', '=', gesprekId).execute();
    await logVerwerking(trx, ctx, {
      actieNaam: 'Gesprek labelen',
      handelingNaam: 'Wijzigen',
      objecten: [
        { objecttype: 'gesprek', objectId: gesprekId, betrokkenheid: 'gesprek', soortenGegevens: ['labels'] },
        ...(gesprek.partij_id ? [{ objecttype: 'partij' as const, objectId: gesprek.partij_id, betrokkenheid: 'klant' }] : []),
      ],
    });
    await publishEvent(trx, { type: 'gesprek.labels', audience: { agents: true }, data: { gesprekId, labels } });
    return labels;
  });
}

/** Labels in use, most used first, with how many gesprekken carry each (open and closed). */
export async function labelsInUse(db: Db, limit: number) {
  const rows = await db
    .selectFrom('gesprek_label')
    .select(['label', sql<number>`count(*)::int`.as('aantal')])
    .groupBy('label')
    .orderBy('aantal', 'desc')
    .orderBy('label')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ label: r.label, aantal: Number(r.aantal) }));
}
