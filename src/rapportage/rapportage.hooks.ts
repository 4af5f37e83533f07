import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/transaction.ts';
import { Job } from '../platform/jobs.ts';
import { kalender } from '../werktijd/werktijd.service.ts';
import { meetWachttijden } from './wachttijden.ts';

/**
 * Measures the wait of every closed gesprek in working time shortly after it closes (every
 * minute), so the service-norm report only adds up. What a crash
 * leaves undone the next run finds through gesprek_ongemeten_idx; the report measures its own
 * period too.
 */
export function wachttijdenJob(db: Db, werktijd: Parameters<typeof kalender>[0], log: FastifyBaseLogger): Job {
  return new Job('wachttijden', 60_000, () => meetWachttijden(db, kalender(werktijd, null)), log);
}
