import type { KennisType } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';
import { planQuery, type QueryGroup } from './query-plan.ts';
import { compoundSplits, MAX_QUERY_WORDS, wordRuns, words } from './query-terms.ts';
import { corrections, knownWords, searchDocuments, synonymGroupsFor } from './search.queries.ts';

export interface SearchResult {
  id: string;
  title: string;
  summary: string;
  /** 0..1: the share of the query's ideas the article covers, refined by text rank. */
  score: number;
}

export const PUBLIC_TYPES: readonly KennisType[] = ['artikel', 'nieuws'];
export const ALL_TYPES: readonly KennisType[] = ['artikel', 'nieuws', 'werkinstructie'];
const MIN_CORRECTABLE = 4;
/** Candidates are drawn from the rarest groups until about this many articles would match. */
const CANDIDATE_BUDGET = 400;

/**
 * Dutch-aware search over published articles: PostgreSQL's `dutch` stemming, synonyms kept by
 * redacteuren, compounds read both ways (grofvuil ↔ grof vuil) and typo tolerance through
 * trigram similarity to words that occur in published articles.
 */
export async function searchKnowledge(db: Db, input: { q: string; limit: number; internal: boolean }): Promise<SearchResult[]> {
  const list = words(input.q).slice(0, MAX_QUERY_WORDS);
  if (list.length === 0) return [];
  const synonyms = await synonymGroupsFor(db, wordRuns(list));
  const known = await knownWords(db, candidatesOf(list, synonyms));
  const unknown = list.filter((w) => w.length >= MIN_CORRECTABLE && /^\p{L}+$/u.test(w) && !known.has(w) && !synonyms.has(w));
  const fixes = new Map<string, string[]>();
  for (const fix of await corrections(db, unknown)) {
    fixes.set(fix.w, [...(fixes.get(fix.w) ?? []), fix.woord]);
    known.set(fix.woord, fix.aantal);
  }
  const groups = planQuery(list, { synonyms, known, corrections: fixes });
  const hits = await searchDocuments(db, {
    candidates: selective(groups),
    groups: groups.map((g) => g.expression),
    types: input.internal ? ALL_TYPES : PUBLIC_TYPES,
    limit: input.limit,
  });
  return hits.map((hit) => ({
    id: hit.artikel_id,
    title: hit.titel,
    summary: hit.samenvatting,
    score: round((0.7 * hit.geraakt) / Math.max(hit.totaal, 1) + (0.3 * hit.rang) / (hit.rang + 0.1)),
  }));
}

/**
 * The part of the query that picks candidates: the rarest groups, as long as together they
 * match few enough articles (an article matching every group always matches the rarest). Common
 * words ("aanvragen", stop words) then only rank, instead of dragging in half the kennisbank.
 * When even the rarest group is common, candidates must match every group.
 */
function selective(groups: readonly QueryGroup[]): string {
  const byRarity = [...groups].sort((a, b) => a.articles - b.articles);
  if (byRarity[0]!.articles > CANDIDATE_BUDGET) return groups.map((g) => g.expression).join(' & ');
  const chosen: string[] = [];
  let total = 0;
  for (const group of byRarity) {
    if (chosen.length > 0 && total + group.articles > CANDIDATE_BUDGET) break;
    chosen.push(group.expression);
    total += group.articles;
  }
  return chosen.join(' | ');
}

/** Words, joined neighbours, compound parts and synonyms: all whose existence the plan asks about. */
function candidatesOf(list: readonly string[], synonyms: ReadonlyMap<string, readonly string[]>): string[] {
  const candidates = new Set(list);
  list.forEach((word, i) => {
    const next = list[i + 1];
    if (next !== undefined) candidates.add(word + next);
    for (const [left, right] of compoundSplits(word)) candidates.add(left).add(right);
  });
  for (const keys of synonyms.values()) for (const key of keys) for (const w of key.split(' ')) candidates.add(w);
  return [...candidates];
}

const round = (value: number) => Math.round(Math.min(1, value) * 1000) / 1000;
