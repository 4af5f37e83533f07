/**
 * Tarone's (1990) count of tests that matter for a multiple-testing correction. A cell
 * whose smallest achievable p-value (all of the week's contacts in this wijk) is above α/K
 * can never be flagged, so it need not share in α. Because that smallest p depends only on
 * the totals the test conditions on, leaving such cells out keeps the error rate. Returns
 * the smallest K with #{minP ≤ α/K} ≤ K.
 */
export function taroneTestCount(minPValues: readonly number[], alpha: number): number {
  const sorted = [...minPValues].sort((a, b) => a - b);
  const countAtMost = (limit: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let k = 1; k <= sorted.length; k++) if (countAtMost(alpha / k) <= k) return k;
  return Math.max(sorted.length, 1);
}
