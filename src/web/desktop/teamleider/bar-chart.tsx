import { useId } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { toBars } from './chart-logic.ts';

const ROW = 28;
const LABEL_WIDTH = 120;
const WIDTH = 480;

interface BarChartProps {
  title: string;
  rows: { label: string; value: number }[];
  valueLabel: string;
  categoryLabel?: string;
  format?: (value: number) => string;
}

/**
 * A horizontal bar chart in plain SVG with its data as a table beside it: the SVG is an image
 * with a one-sentence summary, the table is the full text alternative (WCAG 1.1.1). The table's
 * first column is headed `categoryLabel` (what a bar stands for: a kanaal unless said otherwise).
 */
export function BarChart({ title, rows, valueLabel, categoryLabel, format = String }: BarChartProps) {
  const t = useT();
  const id = useId();
  const { bars } = toBars(rows);
  const summary = rows.length ? rows.map((r) => `${r.label} ${format(r.value)}`).join(', ') : t.teamleider.geenGegevens;
  const height = Math.max(1, bars.length) * ROW + 8;
  const plot = WIDTH - LABEL_WIDTH - 60;
  if (rows.length === 0) {
    return (
      <div className="loket-chart">
        <p className="utrecht-heading-3">{title}</p>
        <p className="loket-hint">{t.teamleider.geenGegevens}</p>
      </div>
    );
  }
  return (
    <figure className="loket-chart" aria-labelledby={`${id}-titel`}>
      <figcaption id={`${id}-titel`} className="utrecht-heading-3">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-label={t.teamleider.grafiek(title, summary)}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, index) => (
          <g key={bar.label} transform={`translate(0 ${index * ROW + 4})`}>
            <text x={LABEL_WIDTH - 8} y={ROW / 2} textAnchor="end" dominantBaseline="middle" className="loket-chart__label">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={4} height={ROW - 10} width={Math.max(2, bar.fraction * plot)} className="loket-chart__bar" />
            <text
              x={LABEL_WIDTH + Math.max(2, bar.fraction * plot) + 6}
              y={ROW / 2}
              dominantBaseline="middle"
              className="loket-chart__value"
            >
              {format(bar.value)}
            </text>
          </g>
        ))}
      </svg>
      <details className="loket-chart__data">
        <summary>{t.teamleider.tabel}</summary>
        <table className="utrecht-table">
          <caption className="loket-visually-hidden">{title}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {categoryLabel ?? t.teamleider.kanaal}
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                {valueLabel}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((r) => (
              <tr key={r.label} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {r.label}
                </th>
                <td className="utrecht-table__cell">{format(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
