import type { Db } from '../db/transaction.ts';
import type { Openingstijden } from './rooster.ts';

export function findTeamWerktijd(db: Db, teamId: string) {
  return db.selectFrom('team').select(['id', 'openingstijden', 'terugbeltermijn_werkdagen']).where('id', '=', teamId).executeTakeFirst();
}

export function setTeamWerktijd(
  db: Db,
  teamId: string,
  values: { openingstijden: Openingstijden | null; terugbeltermijnWerkdagen: number | null },
) {
  return db
    .updateTable('team')
    .set({
      openingstijden: values.openingstijden === null ? null : JSON.stringify(values.openingstijden),
      terugbeltermijn_werkdagen: values.terugbeltermijnWerkdagen,
    })
    .where('id', '=', teamId)
    .executeTakeFirst();
}
