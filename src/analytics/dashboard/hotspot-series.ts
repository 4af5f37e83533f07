import { inTransaction, type Db } from '../../db/transaction.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { logVerwerking } from '../../platform/verwerkingslog.ts';
import { hotspotExamples } from './hotspot-examples.ts';
import { addDays, storedHotspots, type StoredHotspot } from '../signals/stored-hotspots.ts';
import { topicSeries, weekRange } from './dashboard.queries.ts';

/** Weeks of history in each sparkline before the hotspot's week. */
export const SERIES_WEEKS_BEFORE = 7;

export interface HotspotWithSeries extends StoredHotspot {
  series: { weekStart: string; count: number }[];
}

/** The hotspot list with, per hotspot, its wijk's weekly count of that topic around it. */
export async function hotspotsWithSeries(db: Db, from: string, to: string): Promise<HotspotWithSeries[]> {
  const hotspots = await storedHotspots(db, from, to);
  const { fromWeek, toWeek } = weekRange(from, to);
  const first = addDays(fromWeek, -7 * SERIES_WEEKS_BEFORE);
  const cells = await topicSeries(db, first, toWeek, [...new Set(hotspots.map((h) => h.wijk))]);
  const weeks: string[] = [];
  for (let w = first; w <= toWeek; w = addDays(w, 7)) weeks.push(w);
  return hotspots.map((h) => {
    const counts = new Map<string, number>();
    for (const c of cells) {
      if (c.wijk !== h.wijk || c.category !== h.category || (h.articleId !== null && c.articleId !== h.articleId)) continue;
      counts.set(c.weekStart, (counts.get(c.weekStart) ?? 0) + c.count);
    }
    return { ...h, series: weeks.map((weekStart) => ({ weekStart, count: counts.get(weekStart) ?? 0 })) };
  });
}

/**
 * Adds each hotspot's example texts. Reading them is a processing of the contacts they come
 * from, logged in the same transaction as the read.
 */
export async function withExamples(
  db: Db,
  ctx: RequestContext,
  hotspots: readonly HotspotWithSeries[],
): Promise<(HotspotWithSeries & { voorbeelden: { tekst: string }[] })[]> {
  return inTransaction(db, async (trx) => {
    const examples = await Promise.all(hotspots.map((h) => hotspotExamples(trx, h)));
    const objecten = [...new Set(examples.flat().map((e) => e.klantcontactId))].map((objectId) => ({
      objecttype: 'klantcontact' as const,
      objectId,
      soortenGegevens: ['inhoud (gemaskeerd)'],
    }));
    await logVerwerking(trx, ctx, { actieNaam: 'Voorbeelden bij hotspots raadplegen', handelingNaam: 'Raadplegen', objecten });
    return hotspots.map((h, i) => ({ ...h, voorbeelden: examples[i]!.map((e) => ({ tekst: e.tekst })) }));
  });
}
