import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/transaction.ts';
import type { Clock } from '../platform/clock.ts';
import { Job } from '../platform/jobs.ts';
import { kalender } from '../werktijd/werktijd.service.ts';
import { meetWachttijden } from './wachttijden.ts';
import { bewaarXlaAchterstand } from './xla-dagen.ts';

/**
 * Measures the wait of every closed gesprek in working time shortly after it closes (every
 * minute), so the service-norm report only adds up. What a crash
 * leaves undone the next run finds through gesprek_ongemeten_idx; the report measures its own
 * period too.
 */
export function wachttijdenJob(db: Db, werktijd: Parameters<typeof kalender>[0], log: FastifyBaseLogger): Job {
  return new Job('wachttijden', 60_000, () => meetWachttijden(db, kalender(werktijd, null)), log);
}

/**
 * Stores the XLA figures of each day once its 168 hours are over, and again after a trigger
 * forgot it (every 2 minutes, a month of days per run, the newest first): the backfill of
 * existing gesprekken after the migration, and the upkeep, so a report over a year only adds up.
 */
export function xlaDagenJob(db: Db, log: FastifyBaseLogger, clock: Clock): Job {
  return new Job('xla-dagen', 120_000, () => bewaarXlaAchterstand(db, clock.now()), log);
}
