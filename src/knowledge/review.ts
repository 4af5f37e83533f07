import type { Db } from '../db/transaction.ts';

export interface ReviewDue {
  department: string;
  articles: { id: string; title: string; reviewDate: string; overdue: boolean }[];
}

/**
 * Published articles whose review date falls within `withinDays` (or has passed), per owning
 * department (GET /api/kennisbank/review). The hourly reminder job in review-reminders.ts uses the
 * same rule with `withinDays` 0: an article is due on its review date.
 */
export async function reviewDue(
  db: Db,
  options: { withinDays: number; department?: string | undefined; on: string },
): Promise<ReviewDue[]> {
  const { on } = options;
  const until = new Date(Date.parse(`${on}T00:00:00Z`) + options.withinDays * 86_400_000).toISOString().slice(0, 10);
  let query = db
    .selectFrom('kennis_zoekdocument')
    .select(['artikel_id', 'titel', 'afdeling', 'reviewdatum'])
    .where('reviewdatum', '<=', until)
    .orderBy('afdeling')
    .orderBy('reviewdatum')
    .orderBy('artikel_id');
  if (options.department) query = query.where('afdeling', '=', options.department);
  const due = new Map<string, ReviewDue>();
  for (const row of await query.execute()) {
    const entry = due.get(row.afdeling) ?? { department: row.afdeling, articles: [] };
    entry.articles.push({
      id: row.artikel_id,
      title: row.titel,
      reviewDate: row.reviewdatum as string,
      overdue: (row.reviewdatum as string) < on,
    });
    due.set(row.afdeling, entry);
  }
  return [...due.values()];
}
