import { FEATURE_NAMES, type ConfidenceWeights, type RankingFeatures } from './confidence.ts';

/**
 * Fits the logistic confidence model: L2-regularised logistic regression by gradient descent
 * on standardised features, returned as weights on the raw features. Used by
 * scripts/eval-bot-engine.ts --fit; the result is copied into DEFAULT_WEIGHTS by hand, so a
 * refit is a reviewed change and not something that happens at run time.
 */
export interface LabelledRanking {
  readonly features: RankingFeatures;
  /** Whether the best article was the right one. */
  readonly correct: boolean;
}

export function fitConfidence(rows: readonly LabelledRanking[], { l2 = 1, steps = 3000, rate = 0.5 } = {}): ConfidenceWeights {
  const k = FEATURE_NAMES.length;
  const x = rows.map((r) => FEATURE_NAMES.map((name) => r.features[name]));
  const y = rows.map((r) => (r.correct ? 1 : 0));
  const n = Math.max(rows.length, 1);
  const mean = FEATURE_NAMES.map((_, j) => x.reduce((s, row) => s + (row[j] ?? 0), 0) / n);
  const sd = FEATURE_NAMES.map((_, j) => {
    const v = x.reduce((s, row) => s + ((row[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / n;
    return Math.sqrt(v) || 1;
  });
  const z = x.map((row) => row.map((v, j) => (v - (mean[j] ?? 0)) / (sd[j] ?? 1)));

  const w = new Array<number>(k).fill(0);
  let bias = 0;
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(k).fill(0);
    let gradBias = 0;
    z.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-(bias + row.reduce((s, v, j) => s + v * (w[j] ?? 0), 0))));
      const err = p - (y[i] ?? 0);
      row.forEach((v, j) => (grad[j] = (grad[j] ?? 0) + err * v));
      gradBias += err;
    });
    for (let j = 0; j < k; j++) w[j] = (w[j] ?? 0) - (rate * ((grad[j] ?? 0) + l2 * (w[j] ?? 0))) / n;
    bias -= (rate * gradBias) / n;
  }

  const weights: Record<string, number> = {};
  let rawBias = bias;
  FEATURE_NAMES.forEach((name, j) => {
    weights[name] = round((w[j] ?? 0) / (sd[j] ?? 1));
    rawBias -= ((w[j] ?? 0) * (mean[j] ?? 0)) / (sd[j] ?? 1);
  });
  return { ...(weights as Record<keyof RankingFeatures, number>), bias: round(rawBias) };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/**
 * Lowest confidence threshold at which the answers given reach `precision`.
 * `outcomes` are the answers the bot would give at threshold 0, with whether each is right.
 */
export function chooseThreshold(
  outcomes: readonly { readonly confidence: number; readonly correct: boolean }[],
  precision: number,
): number {
  const sorted = [...outcomes].sort((a, b) => b.confidence - a.confidence);
  let right = 0;
  let best = 1;
  sorted.forEach((o, i) => {
    if (o.correct) right++;
    const next = sorted[i + 1];
    // Only cut between distinct confidences.
    if (right / (i + 1) >= precision && (!next || next.confidence < o.confidence)) best = o.confidence;
  });
  return best;
}
