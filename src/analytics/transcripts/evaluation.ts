/** Scoring of the analyzer against labelled calls: precision, recall, F1 over keyed items. */

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Mismatches {
  missed: string[];
  extra: string[];
}

export const emptyScore = (): Score => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

/** Adds one call's comparison to a running score and returns what differed. */
export function compareKeys(score: Score, expected: Iterable<string>, actual: Iterable<string>): Mismatches {
  const want = new Set(expected);
  const got = new Set(actual);
  const missed = [...want].filter((key) => !got.has(key));
  const extra = [...got].filter((key) => !want.has(key));
  score.truePositives += want.size - missed.length;
  score.falseNegatives += missed.length;
  score.falsePositives += extra.length;
  return { missed, extra };
}

export function precision(score: Score): number {
  const predicted = score.truePositives + score.falsePositives;
  return predicted === 0 ? 1 : score.truePositives / predicted;
}

export function recall(score: Score): number {
  const relevant = score.truePositives + score.falseNegatives;
  return relevant === 0 ? 1 : score.truePositives / relevant;
}

export function f1(score: Score): number {
  const p = precision(score);
  const r = recall(score);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
