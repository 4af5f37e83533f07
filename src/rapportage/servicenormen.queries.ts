import { sql } from 'kysely';
import type { Db } from '../db/transaction.ts';

/** Gesprekken closed in [van, tot), with the bot's handover and the first reply by a medewerker. */
export function afgehandeldeGesprekken(db: Db, van: Date, tot: Date) {
  return db
    .selectFrom('gesprek as g')
    .select((eb) => [
      'g.kanaal',
      'g.gestart_op',
      'g.afgesloten_op',
      eb
        .selectFrom('bericht as b')
        .select((b) => b.fn.min('b.verzonden_op').as('op'))
        .whereRef('b.gesprek_id', '=', 'g.id')
        .where('b.richting', '=', 'uitgaand')
        .where(sql<boolean>`b.metadata -> 'bot' ->> 'handoff' is not null`)
        .as('overgedragen_op'),
      eb
        .selectFrom('bericht as b')
        .innerJoin('medewerker as m', 'm.actor_id', 'b.afzender_actor_id')
        .select((b) => b.fn.min('b.verzonden_op').as('op'))
        .whereRef('b.gesprek_id', '=', 'g.id')
        .where('b.richting', '=', 'uitgaand')
        .as('eerste_antwoord_op'),
    ])
    .where('g.afgesloten_op', '>=', van)
    .where('g.afgesloten_op', '<', tot)
    .execute();
}
