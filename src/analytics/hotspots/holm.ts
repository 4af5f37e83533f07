/**
 * Holm's step-down procedure: controls the chance of even one false alarm (family-wise error)
 * at `alpha` over `testCount` tests, and is never less powerful than Bonferroni. Only the
 * candidates' p-values are given; every other test counts as p = 1, which keeps it valid.
 * Returns the indices of rejected candidates.
 */
export function holmRejections(pValues: readonly number[], testCount: number, alpha: number): Set<number> {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const rejected = new Set<number>();
  for (const [rank, { p, i }] of order.entries()) {
    if (p > alpha / (testCount - rank)) break;
    rejected.add(i);
  }
  return rejected;
}
