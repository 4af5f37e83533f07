import type { WeekCount } from './analyse-api.ts';
import { sparkline } from './sparkline-logic.ts';

const WIDTH = 120;
const HEIGHT = 28;

/** A small weekly line with the marked weeks as dots; `label` is its full text alternative. */
export function Sparkline({ series, marked, label }: { series: WeekCount[]; marked: ReadonlySet<string>; label: string }) {
  const line = sparkline(
    series.map((p) => p.count),
    WIDTH,
    HEIGHT,
    3,
  );
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} className="loket-an-sparkline">
      <path d={line.d} className="loket-an-sparkline__line" />
      {line.points.map((p, i) =>
        marked.has(series[i]!.weekStart) ? <circle key={i} cx={p.x} cy={p.y} r={3} className="loket-an-sparkline__dot" /> : null,
      )}
    </svg>
  );
}
