import { logGamma } from './beta-binomial.ts';

/** Counts of one topic, wijk rows × week columns. */
type Table = readonly (readonly number[])[];

const rowSum = (row: readonly number[]): number => row.reduce((a, b) => a + b, 0);

/**
 * How closely the topics follow the wijken's overall shares, as the concentration ν of a
 * Dirichlet(ν·π) on each topic's wijk shares (π: each wijk's share of all contacts). Found by
 * maximising the Dirichlet-multinomial likelihood of every topic's per-wijk totals (empirical
 * Bayes): a city where every topic is spread like all contacts gets a large ν, so a rare topic
 * borrows its expected spread from the others instead of from its own handful of contacts; a
 * city with many local topics gets a small ν. A local hotspot only lowers ν, which is the
 * cautious side.
 */
export function estimateShareConcentration(tables: readonly Table[], priorShares: readonly number[]): number {
  const totals = tables.map((t) => t.map(rowSum)).filter((perWijk) => rowSum(perWijk) > 0);
  const logLikelihood = (nu: number): number => {
    let sum = 0;
    for (const perWijk of totals) {
      sum += logGamma(nu) - logGamma(rowSum(perWijk) + nu);
      perWijk.forEach((n, w) => {
        const a = nu * Math.max(priorShares[w]!, 1e-9);
        if (n > 0) sum += logGamma(n + a) - logGamma(a);
      });
    }
    return sum;
  };
  // Golden-section search on log ν over [1, 1e5]; the likelihood is unimodal in ν.
  let lo = 0;
  let hi = 5 * Math.LN10;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (logLikelihood(Math.exp(a)) >= logLikelihood(Math.exp(b))) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}
