import type { FastifyBaseLogger } from 'fastify';
import { inTransaction, type Db } from '../db/transaction.ts';
import type { Clock } from '../platform/clock.ts';
import { Job } from '../platform/jobs.ts';
import { localDay } from '../platform/local-day.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { claimReminder, unremindedDueArticles, type DueArticle } from './review-reminders.queries.ts';

/** Articles handled per run; a backlog (say after an import of old articles) drains run by run. */
const BATCH = 200;

/**
 * Reminds the owning department of every published article whose review date has come: once
 * per article and review date, on however many nodes the job runs. The claim, and the realtime
 * event to the department's team, commit together or not at all.
 *
 * No interne taak is made: in the Klantinteracties model an interne taak needs the klantcontact
 * that gave rise to it, and a review date is not a contact with a citizen.
 */
/** `on` is the day in Amsterdam (localDay of the app's clock). */
export async function remindReviewDue(db: Db, log: FastifyBaseLogger, on: string): Promise<number> {
  let sent = 0;
  for (const article of await unremindedDueArticles(db, on, BATCH)) {
    if (await remindOne(db, article, log)) sent++;
  }
  return sent;
}

async function remindOne(db: Db, article: DueArticle, log: FastifyBaseLogger): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const claimed = await claimReminder(trx, article.artikel_id, article.reviewdatum);
    if (!claimed) return false;
    const details = {
      articleId: article.artikel_id,
      reviewDate: article.reviewdatum,
      department: article.afdeling,
      teamId: claimed.team_id,
    };
    if (claimed.team_id) {
      await publishEvent(trx, {
        type: 'kennisartikel.review',
        audience: { teamIds: [claimed.team_id] },
        data: {
          articleId: article.artikel_id,
          title: article.titel.slice(0, 200),
          reviewDate: article.reviewdatum,
          department: article.afdeling,
        },
      });
      log.info(details, 'review reminder sent to the owning team');
    } else {
      log.warn(details, 'review date reached, but no team is named after the owning department');
    }
    return true;
  });
}

/** The kennisbank's background work: review reminders, checked every hour. */
export function knowledgeJobs(db: Db, log: FastifyBaseLogger, clock: Clock): Job[] {
  return [new Job('kennis-review', 3_600_000, () => remindReviewDue(db, log, localDay(clock.now())), log)];
}
