import { joinCompounds, splitCompound, type Vocabulary } from './compounds.ts';
import { runNow, type Steps } from './cooperative.ts';
import { diminutiveBase, verbInfinitive } from './inflections.ts';
import { tokenise } from './normalise.ts';
import { stemDutch } from './stem-nl.ts';
import { STOPWORDS } from './stopwords.ts';
import { findSynonyms, type SynonymTable } from './synonyms.ts';

/**
 * One term occurrence. `source` is the index of the content word it came from, so the scorer
 * can tell how many of the asker's words an article explains; weight < 1 marks evidence that is
 * less certain than the word itself (compound parts, synonyms).
 */
export interface Term {
  readonly term: string;
  readonly weight: number;
  readonly source: number;
}

export interface Analysis {
  readonly terms: readonly Term[];
  /** Number of content words in the text. */
  readonly sources: number;
  /** Folded content words incl. synonym forms: input for character n-grams. */
  readonly words: readonly string[];
}

const COMPOUND_PART_WEIGHT = 0.6;
const SYNONYM_WEIGHT = 0.9;

export interface Analyser {
  analyse(text: string): Analysis;
}

export function isContentWord(word: string): boolean {
  return word.length >= 2 && !STOPWORDS.has(word) && !/^\d+$/.test(word);
}

export function createAnalyser(vocabulary: Vocabulary, synonyms: SynonymTable): Analyser {
  const isWord = (w: string): boolean => vocabulary.has(w);
  /** Inflected forms that the stemmer leaves apart from the word they are built on. */
  const baseWord = (w: string): string => verbInfinitive(w, isWord) ?? diminutiveBase(w, isWord) ?? w;
  const stems = new Map<string, string>();
  const stem = (w: string): string => {
    let s = stems.get(w);
    if (s === undefined) {
      s = stemDutch(baseWord(w));
      stems.set(w, s);
    }
    return s;
  };

  // Compound tails are often inflected (afvalbakken, vuilniszakken): count them by stem too.
  const stemCounts = new Map<string, number>();
  for (const [word, count] of vocabulary) {
    const st = stem(word);
    stemCounts.set(st, (stemCounts.get(st) ?? 0) + count);
  }
  // Tails are substrings, too many to memoise: stem them afresh.
  const tailCount = (tail: string): number | undefined => stemCounts.get(stemDutch(baseWord(tail)));
  const splits = new Map<string, [string, string] | null>();
  const split = (w: string): [string, string] | null => {
    let s = splits.get(w);
    if (s === undefined) {
      s = splitCompound(w, vocabulary, tailCount);
      splits.set(w, s);
    }
    return s;
  };

  return {
    analyse(text) {
      const tokens = tokenise(text);
      const names = properNouns(text);
      const terms: Term[] = [];
      const words: string[] = [];
      const add = (word: string, weight: number, source: number): void => {
        if (!isContentWord(word)) return;
        terms.push({ term: stem(word), weight, source });
        words.push(word);
      };

      // Content word index of each token position (the next one for stopwords).
      const sourceAt: number[] = [];
      let sources = 0;
      const content: string[] = [];
      for (const token of tokens) {
        sourceAt.push(sources);
        if (!isContentWord(token)) continue;
        const parts = split(token);
        // Street and person names say nothing about the topic; unknown ones would only make
        // the question look out of scope.
        if (!vocabulary.has(token) && !parts && (names.has(token) || isStreetName(token))) continue;
        add(token, 1, sources);
        if (parts) for (const p of parts) add(p, COMPOUND_PART_WEIGHT, sources);
        content.push(token);
        sources++;
      }
      for (const joined of joinCompounds(content, vocabulary)) add(joined.word, 1, joined.at);
      for (const hit of findSynonyms(tokens, synonyms)) {
        const source = Math.min(sourceAt[hit.start] ?? 0, Math.max(sources - 1, 0));
        for (const w of tokenise(hit.canonical)) add(w, SYNONYM_WEIGHT, source);
      }
      return { terms, sources, words };
    },
  };
}

/**
 * Dutch street names end in a few nouns (Merelstraat, Bongerdlaan, Zwaluwhof); written in lower
 * case in a chat they escape the proper-noun check, so unknown ones are recognised by form.
 */
const STREET = /.{3,}(straat|laan|weg|plein|kade|pad|gracht|singel|dreef|steeg|hof|erf|weide|dijk|park)$/;

function isStreetName(token: string): boolean {
  return STREET.test(token);
}

/** Folded forms of capitalised words that do not start a sentence. */
function properNouns(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?\n]\s*|^\s*)\b\p{Lu}[\p{Ll}\p{Lu}-]+/gu)) {
    for (const t of tokenise(m[0])) names.add(t);
  }
  return names;
}

/** Word counts over the given texts, for compound splitting. */
export function buildVocabulary(texts: Iterable<string>): Map<string, number> {
  return runNow(vocabularySteps(texts));
}

/** buildVocabulary in steps of one text (cooperative.ts). */
export function* vocabularySteps(texts: Iterable<string>): Steps<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const token of tokenise(text)) {
      if (token.length < 3 || STOPWORDS.has(token)) continue;
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    yield;
  }
  return counts;
}
