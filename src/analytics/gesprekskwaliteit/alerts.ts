import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { publishEvent } from '../../platform/realtime/event-bus.ts';
import { teamleiderIds } from './analyse.queries.ts';
import type { AnalyseResult } from './analyse-result.ts';

export const ALERT_ZIN = 'analyse.zin';
export const ALERT_ONTHULLING = 'analyse.waarschuwing';

/**
 * Live alerts for the hits a run found first: a phrase to the team leads, a disclosure before
 * verification to the agent on the call. Only while the call is going on: a transcript posted
 * after the call, or a chat analysed when it closes, is for the quality view, not for alerts.
 * Published in the caller's transaction, so they go out exactly when the analysis commits.
 */
export async function alertNewHits(db: Db, result: AnalyseResult | null): Promise<void> {
  if (!result?.bron.callActief) return;
  const { bron, nieuweZinnen, nieuweOvertredingen } = result;
  if (nieuweZinnen.length === 0 && nieuweOvertredingen.length === 0) return;
  await inTransaction(db, async (trx) => {
    const leads = nieuweZinnen.length > 0 ? await teamleiderIds(trx) : [];
    // Ids and the phrase only: the words themselves stay behind the logged drill-down.
    for (const zin of leads.length > 0 ? nieuweZinnen : []) {
      await publishEvent(trx, {
        type: ALERT_ZIN,
        audience: { medewerkerIds: leads },
        data: {
          gesprekId: bron.gesprekId,
          callId: bron.callId,
          kanaal: bron.kanaal,
          medewerkerId: bron.medewerkerId,
          zin: zin.phrase,
          segment: zin.segment,
          start: zin.start,
        },
      });
    }
    for (const onthulling of bron.medewerkerId ? nieuweOvertredingen : []) {
      await publishEvent(trx, {
        type: ALERT_ONTHULLING,
        audience: { medewerkerIds: [bron.medewerkerId!] },
        data: {
          gesprekId: bron.gesprekId,
          callId: bron.callId,
          soort: 'onthulling_voor_verificatie',
          gegeven: onthulling.kind,
          segment: onthulling.segment,
          start: onthulling.start,
        },
      });
    }
  });
}
