/**
 * Splits Dutch compounds against a vocabulary of known words (grofvuil → grof + vuil,
 * gemeentebelasting → gemeente + belasting), allowing the linking s, e and en. Of the possible
 * splits it keeps the one whose parts are most frequent (Koehn & Knight, 2003).
 */
const LINKS = ['', 's', 'e', 'en'];
const MIN_HEAD = 3;
const MIN_TAIL = 4;

export type Vocabulary = ReadonlyMap<string, number>;

export function splitCompound(
  word: string,
  vocabulary: Vocabulary,
  /** Count of a tail that is not itself in the vocabulary (an inflected form, say). */
  tailCount: (tail: string) => number | undefined = () => undefined,
): [string, string] | null {
  if (word.length < MIN_HEAD + MIN_TAIL) return null;
  let best: [string, string] | null = null;
  let bestScore = 0;
  for (let cut = MIN_HEAD; cut <= word.length - MIN_TAIL; cut++) {
    const head = word.slice(0, cut);
    const headCount = vocabulary.get(head);
    if (headCount === undefined) continue;
    for (const link of LINKS) {
      const rest = word.slice(cut);
      if (!rest.startsWith(link)) continue;
      const tail = rest.slice(link.length);
      if (tail.length < MIN_TAIL) continue;
      const count = vocabulary.get(tail) ?? tailCount(tail);
      if (count === undefined) continue;
      const score = Math.sqrt(headCount * count);
      if (score > bestScore) {
        bestScore = score;
        best = [head, tail];
      }
    }
  }
  return best;
}

/** Adjacent words that the vocabulary knows as one compound (grof vuil → grofvuil). */
export function joinCompounds(words: readonly string[], vocabulary: Vocabulary): { word: string; at: number }[] {
  const joined: { word: string; at: number }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const word = `${words[i]}${words[i + 1]}`;
    if (vocabulary.has(word)) joined.push({ word, at: i });
  }
  return joined;
}
