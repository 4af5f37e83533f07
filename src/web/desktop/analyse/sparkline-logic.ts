export interface Sparkline {
  /** SVG path data of the line. */
  d: string;
  points: { x: number; y: number }[];
  max: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A sparkline of counts in a width × height box with `pad` inside it: x spread evenly, y from
 * 0 at the bottom to the largest count at the top (0 stays at the bottom when all are 0).
 */
export function sparkline(values: readonly number[], width: number, height: number, pad = 2): Sparkline {
  const max = Math.max(0, ...values);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const points = values.map((v, i) => ({
    x: round(values.length > 1 ? pad + i * step : width / 2),
    y: round(height - pad - (max > 0 ? (v / max) * (height - 2 * pad) : 0)),
  }));
  return { d: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(''), points, max };
}
