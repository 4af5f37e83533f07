import { compoundSplits } from './query-terms.ts';

/** What the database told us about the words of one query. */
export interface TermLookups {
  /** Synonym key → every key of its group (itself included). */
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Words, compound parts and joined word pairs that occur in articles → in how many published ones. */
  readonly known: ReadonlyMap<string, number>;
  /** Unknown word → the nearest known words (typo tolerance). */
  readonly corrections: ReadonlyMap<string, readonly string[]>;
}

export interface QueryGroup {
  /** A tsquery expression: the alternatives of one idea, OR-ed. */
  readonly expression: string;
  /** Roughly how many published articles match it (an upper bound from word counts). */
  readonly articles: number;
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
    const articles = unique.reduce((sum, a) => sum + Math.min(...a.split(/ (?:<->|&) /).map((w) => lookups.known.get(w) ?? 0)), 0);
    return { expression: `(${unique.map((a) => `(${a})`).join(' | ')})`, articles };
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
