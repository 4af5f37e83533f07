import { compoundSplits } from './query-terms.ts';

/** What search knows about the words of one query before it asks for documents. */
export interface TermLookups {
  /** Synonym key → every key of its group (itself included). */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Words that occur in published articles (compound parts, joined word pairs). */
  readonly known: ReadonlyMap<string, number>;
  /** Unknown word → the nearest known words (typo tolerance). */
  readonly corrections: ReadonlyMap<string, readonly string[]>;
}

export interface QueryGroup {
  /** tsquery expressions, OR-ed: the ways of writing one idea. */
  readonly alternatives: readonly string[];
  /** The alternatives as one tsquery expression. */
  readonly expression: string;
}

/**
 * Turns the words of a query into groups of alternatives, one group per idea the searcher
 * typed: a synonym stretch ("id kaart" | "identiteitskaart"), a split compound ("grof vuil" |
 * "grofvuil") or a word with its typo corrections and compound reading. Each group is a
 * tsquery expression; words only hold letters and digits, so they need no quoting.
 */
export function planQuery(list: readonly string[], lookups: TermLookups): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const group = (alternatives: string[]): QueryGroup => {
    const unique = [...new Set(alternatives)];
    return { alternatives: unique, expression: `(${unique.map((a) => `(${a})`).join(' | ')})` };
  };
  let i = 0;
  while (i < list.length) {
    const run = synonymRun(list, i, lookups);
    if (run) {
      groups.push(group(run.keys.map(phrase)));
      i += run.length;
      continue;
    }
    const [word, next] = [list[i] as string, list[i + 1]];
    if (next !== undefined && lookups.known.has(word + next)) {
      groups.push(group([`${word} & ${next}`, word + next]));
      i += 2;
      continue;
    }
    const split = bestSplit(word, lookups.known);
    groups.push(group([word, ...(lookups.corrections.get(word) ?? []), ...(split ? [`${split[0]} <-> ${split[1]}`] : [])]));
    i += 1;
  }
  return groups;
}

const OPERATOR = / (?:<->|&) /;

/** Every word the groups' expressions hold. */
export function termsOf(groups: readonly QueryGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => g.alternatives.flatMap((a) => a.split(OPERATOR))))];
}

/**
 * An upper bound on the published articles a group matches, from the number holding each word's
 * lexeme (`frequency`; stop words, which the `dutch` configuration drops, are absent).
 */
export function articlesMatching(group: QueryGroup, frequency: ReadonlyMap<string, number>): number {
  return group.alternatives.reduce((sum, alternative) => {
    const counts = alternative.split(OPERATOR).flatMap((w) => frequency.get(w) ?? []);
    return sum + (counts.length > 0 ? Math.min(...counts) : 0);
  }, 0);
}

function synonymRun(list: readonly string[], start: number, lookups: TermLookups) {
  for (let length = Math.min(3, list.length - start); length >= 1; length--) {
    const keys = lookups.synonyms.get(list.slice(start, start + length).join(' '));
    if (keys) return { keys, length };
  }
  return undefined;
}

/** The most even split of a compound whose two parts are both known words. */
export function bestSplit(word: string, known: ReadonlyMap<string, number>): [string, string] | undefined {
  let best: [string, string] | undefined;
  for (const [left, right] of compoundSplits(word)) {
    if (!known.has(left) || !known.has(right)) continue;
    if (!best || Math.min(left.length, right.length) > Math.min(best[0].length, best[1].length)) best = [left, right];
  }
  return best;
}

const phrase = (key: string) => key.split(' ').join(' <-> ');
