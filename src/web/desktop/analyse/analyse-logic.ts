import type { Hotspot, VolumeRow, WeekCount } from './analyse-api.ts';

/** A category or article id as words: "zorg-en-welzijn" → "Zorg en welzijn". */
export function humanize(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** How the views name a wijk code and an article id (its kennisbank title when known). */
export interface Names {
  wijk: (code: string) => string;
  article: (id: string) => string;
}

export function latestWeekWithData(rows: readonly VolumeRow[]): string | null {
  return rows.reduce<string | null>((latest, r) => (r.count > 0 && (latest === null || r.weekStart > latest) ? r.weekStart : latest), null);
}

export function categoriesOf(rows: readonly { category: string }[]): string[] {
  return [...new Set(rows.map((r) => r.category))].sort((a, b) => a.localeCompare(b, 'nl'));
}

export interface HotspotGroup {
  key: string;
  wijk: string;
  category: string;
  articleId: string | null;
  /** The hotspot weeks, oldest first. */
  weeks: { weekStart: string; observed: number; expected: number; score: number }[];
  score: number;
  series: WeekCount[];
  /** Masked example texts, latest week first, at most three (absent for roles that may not read them). */
  voorbeelden: string[];
}

const EXAMPLES_SHOWN = 3;

/**
 * One entry per wijk and topic: the API reports a hotspot per week, and a run of weeks is one
 * story for a team lead. Each week's sparkline covers the same weeks, so the first one serves.
 */
export function groupHotspots(hotspots: readonly Hotspot[]): HotspotGroup[] {
  const groups = new Map<string, HotspotGroup>();
  const examples = new Map<string, string[]>();
  for (const h of hotspots) {
    const key = `${h.wijk}|${h.category}|${h.articleId ?? ''}`;
    const group = groups.get(key) ?? {
      key,
      wijk: h.wijk,
      category: h.category,
      articleId: h.articleId,
      weeks: [],
      score: h.score,
      series: h.series,
      voorbeelden: [],
    };
    group.weeks.push({ weekStart: h.weekStart, observed: h.observed, expected: h.expected, score: h.score });
    if (h.voorbeelden?.length)
      examples.set(
        `${key}|${h.weekStart}`,
        h.voorbeelden.map((v) => v.tekst),
      );
    group.score = Math.max(group.score, h.score);
    groups.set(key, group);
  }
  for (const g of groups.values()) {
    g.weeks.sort((a, b) => a.weekStart.localeCompare(b.weekStart));
    const latestFirst = g.weeks.toReversed().flatMap((w) => examples.get(`${g.key}|${w.weekStart}`) ?? []);
    g.voorbeelden = [...new Set(latestFirst)].slice(0, EXAMPLES_SHOWN);
  }
  return [...groups.values()].sort((a, b) => b.score - a.score || a.wijk.localeCompare(b.wijk));
}

/** How many times the expected count was observed; null when nothing was expected. */
export const ratio = (observed: number, expected: number): number | null => (expected > 0 ? observed / expected : null);

export interface VolumeTable {
  kanalen: string[];
  weeks: { weekStart: string; perKanaal: Record<string, number>; total: number }[];
  perKanaal: Record<string, number>;
  perCategory: { category: string; count: number }[];
  total: number;
}

/** Volumes as week × kanaal, with totals per kanaal and per category, for one category or all. */
export function volumeTable(rows: readonly VolumeRow[], category: string): VolumeTable {
  const shown = category ? rows.filter((r) => r.category === category) : rows;
  const kanalen = [...new Set(shown.map((r) => r.kanaal))].sort();
  const weeks = new Map<string, { weekStart: string; perKanaal: Record<string, number>; total: number }>();
  const perKanaal: Record<string, number> = {};
  const perCategory = new Map<string, number>();
  for (const r of shown) {
    const week = weeks.get(r.weekStart) ?? { weekStart: r.weekStart, perKanaal: {}, total: 0 };
    week.perKanaal[r.kanaal] = (week.perKanaal[r.kanaal] ?? 0) + r.count;
    week.total += r.count;
    weeks.set(r.weekStart, week);
    perKanaal[r.kanaal] = (perKanaal[r.kanaal] ?? 0) + r.count;
    perCategory.set(r.category, (perCategory.get(r.category) ?? 0) + r.count);
  }
  return {
    kanalen,
    weeks: [...weeks.values()].sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
    perKanaal,
    perCategory: [...perCategory]
      .map(([c, count]) => ({ category: c, count }))
      .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    total: shown.reduce((sum, r) => sum + r.count, 0),
  };
}
