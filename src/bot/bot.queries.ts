import type { Insertable } from 'kysely';
import type { BotTrainingsvoorbeeldTable, BotVraagTable } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';

export async function insertQuestion(db: Db, row: Insertable<BotVraagTable>): Promise<string> {
  return (await db.insertInto('bot_vraag').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findQuestion(db: Db, id: string) {
  return db.selectFrom('bot_vraag').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertFeedback(
  db: Db,
  row: { vraag_id: string | null; artikel_id: string; tekst: string; nuttig: boolean },
): Promise<string> {
  return (await db.insertInto('bot_feedback').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

/** The first verdict on a chat answer stands; returns whether this one was stored. */
export async function insertAnswerFeedback(
  db: Db,
  row: { vraag_id: string | null; artikel_id: string; tekst: string; nuttig: boolean; bericht_id: string },
): Promise<boolean> {
  const result = await db
    .insertInto('bot_feedback')
    .values(row)
    .onConflict((oc) => oc.column('bericht_id').where('bericht_id', 'is not', null).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function findAnswerFeedback(db: Db, berichtId: string) {
  return db.selectFrom('bot_feedback').select(['nuttig']).where('bericht_id', '=', berichtId).executeTakeFirst();
}

/** Returns false when the example was already known. */
export async function insertExample(db: Db, row: Insertable<BotTrainingsvoorbeeldTable>): Promise<boolean> {
  const result = await db
    .insertInto('bot_trainingsvoorbeeld')
    .values(row)
    .onConflict((oc) => oc.columns(['artikel_id', 'tekst']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function listExamples(db: Db) {
  return db.selectFrom('bot_trainingsvoorbeeld').select(['tekst', 'artikel_id']).orderBy('aangemaakt_op').execute();
}

export async function trainingRevision(db: Db): Promise<number> {
  return Number((await db.selectFrom('bot_stand').select('revisie').executeTakeFirstOrThrow()).revisie);
}

export async function bumpTrainingRevision(db: Db): Promise<void> {
  await db
    .updateTable('bot_stand')
    .set((eb) => ({ revisie: eb('revisie', '+', 1) }))
    .execute();
}

/** Questions the bot did not answer well: unanswered, handed off, or answered but "not useful". */
export function questionsToCoach(db: Db, since: Date, limit: number) {
  return db
    .selectFrom('bot_vraag')
    .select(['id', 'tekst', 'uitkomst', 'reden', 'gesteld_op'])
    .where('gesteld_op', '>=', since)
    .where((eb) =>
      eb.or([
        eb.and([eb('uitkomst', '!=', 'beantwoord'), eb('reden', 'not in', ['handoff_request', 'emergency'])]),
        eb(
          'id',
          'in',
          eb
            .selectFrom('bot_feedback')
            .select('vraag_id')
            .where('nuttig', '=', false)
            .where('vraag_id', 'is not', null)
            .$narrowType<{ vraag_id: string }>(),
        ),
      ]),
    )
    .orderBy('gesteld_op', 'desc')
    .limit(limit)
    .execute();
}

export function findBotActor(db: Db) {
  return db
    .selectFrom('actor')
    .select(['id', 'naam'])
    .where('soort_actor', '=', 'geautomatiseerde_actor')
    .where((eb) => eb(eb.ref('actoridentificator', '->>').key('objectId'), '=', 'loket-bot'))
    .executeTakeFirst();
}
