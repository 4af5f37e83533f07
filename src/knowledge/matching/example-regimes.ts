import type { TrainingExample } from './types.ts';
import { seededRandom } from '../../platform/seeded-random.ts';

/**
 * How many confirmed examples per article a matcher has learnt. A deployed bot starts with none
 * and gathers them one wrap-up at a time, so the model is fitted and measured at each volume:
 * none, one, a few and every one there is.
 */
export type ExampleRegime = number | 'all';

export const EXAMPLE_REGIMES: readonly ExampleRegime[] = [0, 1, 3, 'all'];

export const regimeLabel = (regime: ExampleRegime): string => (regime === 'all' ? 'all examples' : `${regime} per article`);

/** The seed of every sample, so that a figure measured twice is the same figure. */
export const SAMPLE_SEED = 17;

/**
 * At most `regime` examples per article, drawn at random (seeded: the same examples and seed
 * give the same sample) and kept in their original order.
 */
export function sampleExamples(examples: readonly TrainingExample[], regime: ExampleRegime, seed = SAMPLE_SEED): TrainingExample[] {
  if (regime === 'all') return [...examples];
  const random = seededRandom(seed);
  const byArticle = new Map<string, number[]>();
  examples.forEach((e, i) => byArticle.set(e.articleId, [...(byArticle.get(e.articleId) ?? []), i]));
  const kept = new Set<number>();
  for (const articleId of [...byArticle.keys()].sort()) {
    const indices = byArticle.get(articleId) ?? [];
    // Partial Fisher–Yates: the first `regime` places get a uniform random draw.
    for (let i = 0; i < Math.min(regime, indices.length); i++) {
      const j = i + Math.floor(random() * (indices.length - i));
      [indices[i], indices[j]] = [indices[j] as number, indices[i] as number];
      kept.add(indices[i] as number);
    }
  }
  return examples.filter((_, i) => kept.has(i));
}
