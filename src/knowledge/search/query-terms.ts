/**
 * Words as search compares them: lower case, split on anything that is not a letter or digit
 * (so "ID-kaart" is "id" "kaart"). Shared by indexing (the vocabulary) and querying.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const HAS_LETTER = /\p{L}/u;
export const MAX_QUERY_WORDS = 10;
const MAX_WORD_LENGTH = 40;
/** Parts of a compound are at least this long: "grof" + "vuil", not "pa" + "spoort". */
const MIN_PART = 3;

export function words(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).filter((w) => w.length <= MAX_WORD_LENGTH);
}

/** The key a synonym term and a stretch of a query are compared by. */
export function synonymKey(term: string): string {
  return words(term).join(' ');
}

/** Distinct words worth correcting a typo towards. */
export function vocabularyOf(text: string): string[] {
  return [...new Set(words(text).filter((w) => w.length >= 2 && HAS_LETTER.test(w)))];
}

/** Ways to read a Dutch compound as two words; the linking s of "bestemmingsplan" may go. */
export function compoundSplits(word: string): [string, string][] {
  const splits: [string, string][] = [];
  if (!/^\p{L}+$/u.test(word)) return splits;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const left = word.slice(0, i);
    const right = word.slice(i);
    splits.push([left, right]);
    if (left.endsWith('s') && left.length > MIN_PART) splits.push([left.slice(0, -1), right]);
  }
  return splits;
}
