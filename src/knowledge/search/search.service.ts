import type { KennisType } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';
import { lexicon, type Lexicon } from './lexicon.ts';
import { articlesMatching, planQuery, termsOf, type QueryGroup } from './query-plan.ts';
import { MAX_QUERY_WORDS, words } from './query-terms.ts';
import { revisionAndFrequencies, searchDocuments } from './search.queries.ts';

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
/** Similarity (pg_trgm's measure) a known word needs to count as what the searcher meant to type. */
const CORRECTION_SIMILARITY = 0.45;
const CORRECTIONS_PER_WORD = 2;
/** Candidates are drawn from the rarest groups until about this many articles would match. */
const CANDIDATE_BUDGET = 400;

/**
 * Dutch-aware search over published articles: PostgreSQL's `dutch` stemming, synonyms kept by
 * redacteuren, compounds read both ways (grofvuil ↔ grof vuil) and typo tolerance through
 * trigram similarity to words that occur in published articles. Two queries: the revision with
 * the words' frequencies, then the documents; vocabulary and synonyms come from memory.
 */
export async function searchKnowledge(db: Db, input: { q: string; limit: number; internal: boolean }): Promise<SearchResult[]> {
  const list = words(input.q).slice(0, MAX_QUERY_WORDS);
  if (list.length === 0) return [];
  let prepared = await prepare(db, list, await lexicon(db));
  if (prepared.revision !== prepared.lexicon.revision) {
    // Published content or synonyms changed since the lexicon was built: plan again on a fresh one.
    prepared = await prepare(db, list, await lexicon(db, prepared.revision));
  }
  const { groups, frequency } = prepared;
  const candidates = selective(groups.map((g) => ({ expression: g.expression, articles: articlesMatching(g, frequency) })));
  if (candidates === undefined) return [];
  const hits = await searchDocuments(db, {
    candidates,
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

/** The query's groups, and the current revision with the frequencies of the groups' words. */
async function prepare(db: Db, list: readonly string[], lex: Lexicon) {
  const groups = plan(list, lex);
  return { lexicon: lex, groups, ...(await revisionAndFrequencies(db, termsOf(groups))) };
}

function plan(list: readonly string[], { known, synonyms, typos }: Lexicon): QueryGroup[] {
  const corrections = new Map<string, string[]>();
  for (const word of list) {
    if (word.length < MIN_CORRECTABLE || !/^\p{L}+$/u.test(word) || known.has(word) || synonyms.has(word)) continue;
    const nearest = typos.nearest(word, CORRECTION_SIMILARITY, CORRECTIONS_PER_WORD);
    if (nearest.length > 0) corrections.set(word, nearest);
  }
  return planQuery(list, { synonyms, known, corrections });
}

/**
 * The part of the query that picks candidates: the rarest groups, as long as together they
 * match few enough articles (an article matching every group always matches the rarest). Common
 * words ("aanvragen") then only rank, instead of dragging in half the kennisbank. When even the
 * rarest group is common, candidates must match every group. Groups no article matches (stop
 * words, unknown words) cannot pick anything; undefined when no group can.
 */
function selective(groups: readonly { expression: string; articles: number }[]): string | undefined {
  const byRarity = groups.filter((g) => g.articles > 0).sort((a, b) => a.articles - b.articles);
  if (byRarity.length === 0) return undefined;
  if (byRarity[0]!.articles > CANDIDATE_BUDGET) return byRarity.map((g) => g.expression).join(' & ');
  const chosen: string[] = [];
  let total = 0;
  for (const group of byRarity) {
    if (chosen.length > 0 && total + group.articles > CANDIDATE_BUDGET) break;
    chosen.push(group.expression);
    total += group.articles;
  }
  return chosen.join(' | ');
}

const round = (value: number) => Math.round(Math.min(1, value) * 1000) / 1000;
