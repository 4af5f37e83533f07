import type { Db } from '../db/transaction.ts';
import type { Kalender } from '../werktijd/deadline.ts';
import { zetWachttijden } from '../conversations/gesprek-wachttijd.ts';
import { ongemetenGesprekken } from './servicenormen.queries.ts';
import { wachttijdSeconden } from './servicenormen.ts';

const BATCH = 2000;
const op = (value: Date | string | null) => (value === null ? null : new Date(value));

/**
 * Measures the wait of closed gesprekken that have none yet (in the period when given), in
 * batches; returns how many. The job keeps up after each closing; the report calls it for its
 * period too, so an answer never misses a gesprek closed a moment ago.
 */
export async function meetWachttijden(db: Db, kalender: Kalender, periode?: { van: Date; tot: Date }): Promise<number> {
  let gemeten = 0;
  for (;;) {
    const rijen = await ongemetenGesprekken(db, BATCH, periode);
    await zetWachttijden(
      db,
      rijen.map((r) => ({
        id: r.id,
        seconden: wachttijdSeconden(
          {
            gestartOp: new Date(r.gestart_op),
            overgedragenOp: op(r.overgedragen_op),
            eersteAntwoordOp: op(r.eerste_antwoord_op),
            afgeslotenOp: new Date(r.afgesloten_op!),
          },
          kalender,
        ),
      })),
    );
    gemeten += rijen.length;
    if (rijen.length < BATCH) return gemeten;
  }
}
