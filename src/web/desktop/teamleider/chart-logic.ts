/** A round upper bound for a bar chart's axis: 1, 2, 5 × 10ⁿ at or above the largest value. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((f) => f * magnitude >= max) ?? 10;
  return step * magnitude;
}

export interface Bar {
  label: string;
  value: number;
  /** 0..1 of the chart's width. */
  fraction: number;
}

export function toBars(rows: readonly { label: string; value: number }[]): { bars: Bar[]; max: number } {
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value)));
  return { max, bars: rows.map((r) => ({ ...r, fraction: r.value / max })) };
}
