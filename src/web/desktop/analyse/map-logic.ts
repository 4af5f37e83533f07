import { niceMax } from '../teamleider/chart-logic.ts';
import type { Ring, WijkenGeoJson, WijkGeometry } from './analyse-api.ts';

export interface WijkShape {
  code: string;
  naam: string;
  /** SVG path data of every ring (holes included; drawn with fill-rule evenodd). */
  d: string;
  /** Where the label goes: the centroid of the largest outer ring. */
  label: { x: number; y: number };
}

export interface ProjectedMap {
  width: number;
  height: number;
  shapes: WijkShape[];
}

const polygonsOf = (g: WijkGeometry): Ring[][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const round = (n: number) => Math.round(n * 10) / 10;

/** Signed area and centroid of a ring (shoelace formula), in the ring's own units. */
export function ringCentroid(ring: readonly (readonly [number, number])[]): { area: number; x: number; y: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % ring.length]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  area /= 2;
  if (area === 0) return { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 };
  return { area, x: cx / (6 * area), y: cy / (6 * area) };
}

/**
 * Projects the wijken to SVG coordinates, `width` wide with `padding` around: equirectangular,
 * with longitude scaled by cos(mid latitude) so a municipality's shape is not stretched, and y
 * flipped because latitude grows northwards. Enough for a few kilometres; no map library needed.
 */
export function projectWijken(geojson: WijkenGeoJson, width: number, padding = 8): ProjectedMap {
  const points = geojson.features.flatMap((f) => polygonsOf(f.geometry).flat(2));
  if (points.length === 0) return { width, height: 0, shapes: [] };
  const lats = points.map((p) => p[1]);
  const lons = points.map((p) => p[0]);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * k || 1;
  const scale = (width - 2 * padding) / spanX;
  const height = Math.ceil((maxLat - minLat) * scale + 2 * padding);
  const project = ([lon, lat]: [number, number]): [number, number] => [
    round(padding + (lon - minLon) * k * scale),
    round(padding + (maxLat - lat) * scale),
  ];

  const shapes = geojson.features.map((f) => {
    const polygons = polygonsOf(f.geometry).map((rings) => rings.map((ring) => ring.map(project)));
    const d = polygons.flatMap((rings) => rings.map((ring) => `M${ring.map(([x, y]) => `${x},${y}`).join('L')}Z`)).join('');
    const outer = polygons.map((rings) => ringCentroid(rings[0] ?? [])).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0];
    return { code: f.properties.code, naam: f.properties.naam, d, label: { x: round(outer?.x ?? 0), y: round(outer?.y ?? 0) } };
  });
  return { width, height, shapes };
}

export const CLASSES = 5;

export interface ColourScale {
  classes: { from: number; to: number }[];
}

/**
 * Equal-width classes in round numbers over the values' range: wijken often differ by a few
 * percent, and classes from 0 would paint them all alike. The legend states the range.
 */
export function colourScale(values: readonly number[], classes = CLASSES): ColourScale {
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 0;
  let step = niceMax((hi - lo) / classes || hi / classes);
  let start = Math.floor(lo / step) * step;
  // Starting at a round number can leave the maximum above the top class: widen the step.
  while (start + step * classes < hi) {
    step = niceMax(step * 1.01);
    start = Math.floor(lo / step) * step;
  }
  return { classes: Array.from({ length: classes }, (_, i) => ({ from: round3(start + i * step), to: round3(start + (i + 1) * step) })) };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** The class of a value: lower bound inclusive, the top class also holds the maximum. */
export function classOf(value: number, scale: ColourScale): number {
  const index = scale.classes.findIndex((c) => value < c.to);
  return index === -1 ? scale.classes.length - 1 : index;
}
