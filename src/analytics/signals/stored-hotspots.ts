import { sql } from 'kysely';
import type { Db } from '../../db/transaction.ts';
import { inwonersPerWijk } from '../gebieden/gebieden.service.ts';
import { detectHotspots, isoWeekStart, type WeeklyCount } from '../hotspots/index.ts';

export interface StoredHotspot {
  wijk: string;
  category: string;
  articleId: string | null;
  weekStart: string;
  observed: number;
  expected: number;
  score: number;
}

/** Weeks before `from` the detector sees, so the first weeks asked for have a baseline. */
export const BASELINE_WEEKS = 12;
const DAY_MS = 86_400_000;

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

interface CellCount {
  wijk: string;
  categorie: string;
  artikel_id: string | null;
  week_start: string;
  aantal: number;
}

/** Weekly counts per wijk × category × article, aggregated in SQL. */
export async function weeklyTopicCounts(db: Db, fromWeek: string, toWeek: string): Promise<CellCount[]> {
  const { rows } = await sql<CellCount>`
    select wijk, categorie, artikel_id, to_char(week_start, 'YYYY-MM-DD') as week_start, count(*)::int as aantal
      from klantcontact_onderwerp
     where week_start between ${fromWeek}::date and ${toWeek}::date and wijk is not null
     group by wijk, categorie, artikel_id, week_start`.execute(db);
  return rows;
}

/**
 * Hotspots in the weeks of [from, to], detected on the stored topics with BASELINE_WEEKS of
 * history before `from`. Detection runs per article and per category: an article-level hotspot
 * names its article; a category-level one that no article-level hotspot of that category in the
 * same wijk and week explains is reported with articleId null (spread over several articles).
 */
export async function storedHotspots(db: Db, from: string, to: string): Promise<StoredHotspot[]> {
  const fromWeek = isoWeekStart(`${from}T00:00:00Z`);
  const toWeek = isoWeekStart(`${to}T00:00:00Z`);
  const firstWeek = addDays(fromWeek, -7 * BASELINE_WEEKS);
  const key = `${fromWeek}|${toWeek}`;
  // Counted alongside the signature: on a miss they are needed, on a hit they cost little.
  const [signature, cells] = await Promise.all([windowSignature(db, firstWeek, toWeek), weeklyTopicCounts(db, firstWeek, toWeek)]);
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = perDb.get(key);
  if (hit?.signature === signature) return hit.hotspots;
  const hotspots = await detect(db, fromWeek, toWeek, cells);
  if (perDb.size >= CACHE_SIZE) perDb.delete(perDb.keys().next().value!);
  perDb.set(key, { signature, hotspots });
  return hotspots;
}

/**
 * Detection takes about a second on a year of a large city's contacts while the data it reads
 * changes only when contacts arrive, so results are kept per period until the period's rows
 * change: their number, latest time and number of agent topics (a cheap index-only count).
 */
const cache = new WeakMap<Db, Map<string, { signature: string; hotspots: StoredHotspot[] }>>();
const CACHE_SIZE = 20;

async function windowSignature(db: Db, firstWeek: string, toWeek: string): Promise<string> {
  const { rows } = await sql<{ n: number; laatst: string | null; agent: number; wijken: number }>`
    select count(*)::int as n, max(plaatsgevonden_op)::text as laatst, count(*) filter (where bron = 'agent')::int as agent,
           (select count(*) from wijk)::int as wijken
      from klantcontact_onderwerp
     where week_start between ${firstWeek}::date and ${toWeek}::date`.execute(db);
  const r = rows[0]!;
  return `${r.n}|${r.laatst}|${r.agent}|${r.wijken}`;
}

async function detect(db: Db, fromWeek: string, toWeek: string, cells: readonly CellCount[]): Promise<StoredHotspot[]> {
  const inwoners = await inwonersPerWijk(db);
  if (inwoners.size === 0) return [];
  const known = cells.filter((c) => inwoners.has(c.wijk));
  const categoryOf = new Map(known.filter((c) => c.artikel_id).map((c) => [c.artikel_id!, c.categorie]));
  const perArticle: WeeklyCount[] = known
    .filter((c) => c.artikel_id)
    .map((c) => ({ topic: c.artikel_id!, wijk: c.wijk, weekStart: c.week_start, count: c.aantal }));
  const perCategory: WeeklyCount[] = known.map((c) => ({ topic: c.categorie, wijk: c.wijk, weekStart: c.week_start, count: c.aantal }));
  const inRange = (week: string) => week >= fromWeek && week <= toWeek;
  const articles = detectHotspots(perArticle, inwoners).map((h) => ({
    wijk: h.wijk,
    category: categoryOf.get(h.topic) ?? '',
    articleId: h.topic as string | null,
    weekStart: h.weekStart,
    observed: h.observed,
    expected: h.expected,
    score: h.score,
  }));
  const explained = new Set(articles.map((a) => `${a.wijk}|${a.category}|${a.weekStart}`));
  const categories = detectHotspots(perCategory, inwoners)
    .filter((h) => !explained.has(`${h.wijk}|${h.topic}|${h.weekStart}`))
    .map((h) => ({
      wijk: h.wijk,
      category: h.topic,
      articleId: null,
      weekStart: h.weekStart,
      observed: h.observed,
      expected: h.expected,
      score: h.score,
    }));
  return [...articles, ...categories]
    .filter((h) => inRange(h.weekStart))
    .map((h) => ({ ...h, expected: Math.round(h.expected * 100) / 100, score: Math.round(h.score * 100) / 100 }))
    .sort((a, b) => b.score - a.score || a.weekStart.localeCompare(b.weekStart) || a.wijk.localeCompare(b.wijk));
}
