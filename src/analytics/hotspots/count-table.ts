import type { WeeklyCount } from './types.ts';

/** Dense counts for one topic: counts[wijkIndex][weekIndex]. */
export interface TopicTable {
  topic: string;
  counts: number[][];
}

export interface CountTables {
  wijken: string[];
  weeks: string[];
  tables: TopicTable[];
}

const WEEK_MS = 7 * 86_400_000;

/** Every Monday from the first to the last week in the data, so runs of weeks stay consecutive. */
function weekRange(weekStarts: Iterable<string>): string[] {
  const times = [...new Set(weekStarts)].map((w) => {
    const t = Date.parse(`${w}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(w) || new Date(t).getUTCDay() !== 1) throw new Error(`weekStart ${w} is not a Monday (YYYY-MM-DD)`);
    return t;
  });
  if (times.length === 0) return [];
  const weeks: string[] = [];
  for (let t = Math.min(...times); t <= Math.max(...times); t += WEEK_MS) weeks.push(new Date(t).toISOString().slice(0, 10));
  return weeks;
}

/**
 * Turns sparse weekly counts into one dense wijk × week table per topic. A quiet week, even
 * one without any contact, counts as zero rather than missing.
 */
export function buildCountTables(counts: readonly WeeklyCount[], wijken: readonly string[]): CountTables {
  const wijkIndex = new Map(wijken.map((w, i) => [w, i]));
  const weeks = weekRange(counts.map((c) => c.weekStart));
  const weekIndex = new Map(weeks.map((w, i) => [w, i]));
  const byTopic = new Map<string, number[][]>();
  for (const c of counts) {
    const w = wijkIndex.get(c.wijk);
    if (w === undefined) throw new Error(`count for unknown wijk ${c.wijk}`);
    let table = byTopic.get(c.topic);
    if (!table) {
      table = wijken.map(() => weeks.map(() => 0));
      byTopic.set(c.topic, table);
    }
    table[w]![weekIndex.get(c.weekStart)!]! += c.count;
  }
  const tables = [...byTopic.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([topic, table]) => ({ topic, counts: table }));
  return { wijken: [...wijken], weeks, tables };
}

/** Adds up records into weekly counts; `key` returns null for records to leave out (no wijk, no topic). */
export function countWeekly<T>(
  records: Iterable<T>,
  key: (record: T) => { topic: string; wijk: string; weekStart: string } | null,
): WeeklyCount[] {
  const totals = new Map<string, WeeklyCount>();
  for (const record of records) {
    const k = key(record);
    if (!k) continue;
    const id = `${k.topic}\u0000${k.wijk}\u0000${k.weekStart}`;
    const entry = totals.get(id);
    if (entry) entry.count++;
    else totals.set(id, { ...k, count: 1 });
  }
  return [...totals.values()];
}
