import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/transaction.ts';
import type { Clock } from '../platform/clock.ts';
import { Job } from '../platform/jobs.ts';
import { localDay } from '../platform/local-day.ts';
import { signalNewHotspots } from './signals/signals.service.ts';
import { addDays, storedHotspots } from './signals/stored-hotspots.ts';
import { catchUpTopics, classifyKlantcontacten } from './topics/topics.service.ts';

/**
 * After the pipeline processed a message: the topic and wijk of its klantcontact, once. Runs as
 * the pipeline's follow-up step 'classificeren'; a failure throws so the step is retried (the
 * topics job also catches up any klantcontact without a topic).
 */
export async function classifyInbound(db: Db, processed: { klantcontactId: string | null }): Promise<void> {
  const id = processed.klantcontactId;
  if (!id) return;
  const known = await db
    .selectFrom('klantcontact_onderwerp')
    .select('klantcontact_id')
    .where('klantcontact_id', '=', id)
    .executeTakeFirst();
  if (!known) await classifyKlantcontacten(db, [id]);
}

/**
 * Background work: every minute, topics for klantcontacten that have none (registered through
 * the API) and agents' wrap-up topics over the classifier's; every hour, hotspot signals and
 * the last quarter's hotspots (cached for the dashboard).
 */
export function analyticsJobs(db: Db, log: FastifyBaseLogger, clock: Clock): Job[] {
  return [
    new Job('onderwerpen', 60_000, () => catchUpTopics(db), log),
    new Job(
      'hotspot-signalen',
      3_600_000,
      async () => {
        await catchUpTopics(db);
        const now = clock.now();
        await signalNewHotspots(db, now);
        // Warms the cache for the dashboard's usual view, the last quarter.
        const today = localDay(now);
        await storedHotspots(db, addDays(today, -90), today);
      },
      log,
    ),
  ];
}
