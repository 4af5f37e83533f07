import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { systemContext } from '../../platform/system-context.ts';
import { createInterneTaak } from '../../tasks/tasks.service.ts';
import { localDay } from '../../platform/local-day.ts';
import { addDays, storedHotspots, type StoredHotspot } from './stored-hotspots.ts';
import * as q from './signals.queries.ts';
import { ensureTeam } from '../../auth/teams.ts';

const ctx = () => systemContext('Signaleren van opvallend veel contacten over een onderwerp in een wijk');

/** The subject and text of a hotspot's signal and of the task made for it from the card. */
export function hotspotMessage(h: StoredHotspot, afdeling: string) {
  const onderwerp = h.articleId ?? h.category;
  const subject = `Opvallend veel vragen over ${onderwerp} in ${h.wijk} (week van ${h.weekStart})`;
  const text = [
    `In de week van ${h.weekStart} kwamen er uit wijk ${h.wijk} ${h.observed} contacten over "${onderwerp}" binnen,`,
    `waar ${h.expected.toFixed(1)} te verwachten was op grond van de rest van de gemeente (score ${h.score.toFixed(1)}).`,
    `Dit signaal gaat naar ${afdeling} omdat dat onderwerp bij u hoort. Zie het dashboard contactanalyse voor de details.`,
  ].join('\n');
  return { subject, text };
}

/**
 * Signals new hotspots of the last `weeks` weeks to the department that owns the topic: an
 * interne taak for its team and an e-mail recorded as 'te_versturen' (Loket's outbound path
 * answers citizens in a gesprek; it has no adapter for internal mail). hotspot_signaal's
 * primary key (wijk, onderwerp, week) makes every hotspot signal once, on however many nodes.
 */
export async function signalNewHotspots(db: Db, now: Date, weeks = 2): Promise<number> {
  // Weeks are Amsterdam weeks: Monday 00:30 there is still Sunday in UTC.
  const to = localDay(now);
  const hotspots = await storedHotspots(db, addDays(to, -7 * (weeks - 1)), to);
  let sent = 0;
  for (const h of hotspots) if (await signalOne(db, h)) sent++;
  return sent;
}

async function signalOne(db: Db, h: StoredHotspot): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const afdeling = (await q.owningAfdeling(trx, h)) ?? 'KCC';
    const { subject, text } = hotspotMessage(h, afdeling);
    const claimed = await trx
      .insertInto('hotspot_signaal')
      .values({
        wijk: h.wijk,
        onderwerp: h.articleId ?? h.category,
        week_start: h.weekStart,
        categorie: h.category,
        artikel_id: h.articleId,
        afdeling,
        email_onderwerp: subject,
        email_tekst: text,
        waargenomen: h.observed,
        verwacht: h.expected,
        score: h.score,
      })
      .onConflict((oc) => oc.columns(['wijk', 'onderwerp', 'week_start']).doNothing())
      .returning('wijk')
      .executeTakeFirst();
    if (!claimed) return false;
    const team = await ensureTeam(trx, afdeling);
    const aanleiding = await q.latestContactOfCell(trx, h);
    const taak = aanleiding
      ? await createInterneTaak(trx, ctx(), {
          klantcontactId: aanleiding,
          gevraagdeHandeling: subject.slice(0, 200),
          toelichting: text,
          actorIds: [team.actor_id],
        })
      : null;
    await trx
      .updateTable('hotspot_signaal')
      .set({
        team_id: team.id,
        interne_taak_id: taak?.id ?? null,
        email_aan: team.email,
        ...(team.email ? {} : { email_status: 'geen_adres' as const }),
      })
      .where('wijk', '=', h.wijk)
      .where('onderwerp', '=', h.articleId ?? h.category)
      .where('week_start', '=', h.weekStart)
      .execute();
    return true;
  });
}
