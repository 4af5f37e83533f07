import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { WijkenGeoJson, WijkRate } from './analyse-api.ts';
import { useAnalyseT } from './analyse-i18n.ts';
import { classOf, colourScale, projectWijken, type ColourScale } from './map-logic.ts';
import { WijkenTable } from './wijken-table.tsx';

const WIDTH = 560;
/** From this class on the fill is dark enough for white labels (analyse.css has the colours). */
const LIGHT_LABELS_FROM = 3;

/**
 * A choropleth of the wijken in plain SVG. Colour is never the only carrier: every wijk shows
 * its figure, is a focusable button named with its figures, and the table below holds them all.
 */
export function WijkenMap({ geojson, rates, topic }: { geojson: WijkenGeoJson; rates: WijkRate[]; topic: string }) {
  const a = useAnalyseT();
  const legendId = useId();
  const map = useMemo(() => projectWijken(geojson, WIDTH), [geojson]);
  const scale = useMemo(() => colourScale(rates.map((r) => r.per1000)), [rates]);
  const byCode = useMemo(() => new Map(rates.map((r) => [r.wijk, r])), [rates]);
  const [selected, setSelected] = useState<string | null>(null);
  const chosen = selected ? byCode.get(selected) : undefined;
  const classes = useMemo(
    () => new Map(map.shapes.map((s) => [s.code, classOf(byCode.get(s.code)?.per1000 ?? 0, scale)])),
    [map, byCode, scale],
  );

  if (map.shapes.length === 0) return <p className="loket-empty">{a.kaart.geenWijken}</p>;

  const toggle = (code: string) => setSelected((s) => (s === code ? null : code));
  const onKey = (code: string) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    toggle(code);
  };

  return (
    <>
      <div className="loket-an-map">
        <svg
          role="group"
          aria-label={a.kaart.label(topic)}
          aria-describedby={legendId}
          viewBox={`0 0 ${map.width} ${map.height}`}
          className="loket-an-map__svg"
        >
          {map.shapes.map((shape) => {
            const rate = byCode.get(shape.code);
            const name = a.kaart.wijk(shape.naam, shape.code, rate?.count ?? 0, a.getal(rate?.per1000 ?? 0));
            return (
              <g
                key={shape.code}
                role="button"
                tabIndex={0}
                aria-label={name}
                aria-pressed={selected === shape.code}
                data-wijk={shape.code}
                className={`loket-an-wijk loket-an-klasse-${classes.get(shape.code)}`}
                onClick={() => toggle(shape.code)}
                onKeyDown={onKey(shape.code)}
              >
                <title>{name}</title>
                <path d={shape.d} fillRule="evenodd" />
              </g>
            );
          })}
          <g aria-hidden="true" className="loket-an-map__labels">
            {map.shapes.map((shape) => (
              <text
                key={shape.code}
                x={shape.label.x}
                y={shape.label.y}
                textAnchor="middle"
                className={(classes.get(shape.code) ?? 0) >= LIGHT_LABELS_FROM ? 'loket-an-map__label--licht' : undefined}
              >
                <tspan x={shape.label.x} dy="-0.3em" className="loket-an-map__name">
                  {shape.naam}
                </tspan>
                <tspan x={shape.label.x} dy="1.2em" className="loket-an-map__value">
                  {a.getal(byCode.get(shape.code)?.per1000 ?? 0)}
                </tspan>
              </text>
            ))}
          </g>
        </svg>
        <div className="loket-an-map__side">
          <Legend id={legendId} scale={scale} />
          <p className="loket-an-map__chosen" aria-live="polite">
            {chosen ? a.kaart.gekozen(chosen.naam, chosen.count, a.getal(chosen.per1000), a.getal(chosen.inwoners)) : a.kaart.kies}
          </p>
        </div>
      </div>
      <WijkenTable rates={rates} scale={scale} selected={selected} />
    </>
  );
}

function Legend({ id, scale }: { id: string; scale: ColourScale }) {
  const a = useAnalyseT();
  return (
    <div className="loket-an-legend">
      <p id={id} className="loket-an-legend__title">
        {a.kaart.legenda}
      </p>
      <ul>
        {scale.classes.map((c, i) => (
          <li key={i}>
            <span className={`loket-an-swatch loket-an-klasse-${i}`} aria-hidden="true" />
            {a.kaart.klasse(a.getal(c.from), a.getal(c.to))}
          </li>
        ))}
      </ul>
    </div>
  );
}
