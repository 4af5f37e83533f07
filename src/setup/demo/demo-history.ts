import type { Kysely } from 'kysely';
import { importKlantcontacten, type ImportResult } from '../../analytics/import/import-klantcontacten.ts';
import type { Database } from '../../db/schema.ts';
import { historyLines } from './demo-data.ts';
import { shiftWeeks, weeksToNow } from './demo-time.ts';

/**
 * The Lindendaal contact history moved by whole weeks so that it ends in the week of `now`.
 * Contacts that would then lie after `now` (later in the current week) are left out: a history
 * never holds the future.
 */
export async function* shiftedHistory(lines: AsyncIterable<string> | Iterable<string>, now: Date): AsyncGenerator<string> {
  const weeks = weeksToNow(now);
  const until = now.getTime();
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const contact = JSON.parse(line) as { plaatsgevondenOp: string };
    const plaatsgevondenOp = shiftWeeks(contact.plaatsgevondenOp, weeks);
    if (Date.parse(plaatsgevondenOp) <= until) yield JSON.stringify({ ...contact, plaatsgevondenOp });
  }
}

/**
 * Twelve weeks of contacts through the analytics import: stored, classified and placed in batches.
 * On this thread: the history repeats 3,136 texts and each is classified once, in about a second,
 * where starting worker threads (each loading TypeScript and building its own matcher) took longer
 * than that on a two-core machine and competed with the database for the cores.
 */
export function importDemoHistory(db: Kysely<Database>, now: Date): Promise<ImportResult> {
  return importKlantcontacten(db, shiftedHistory(historyLines(), now), { threads: 0 });
}
