import type { BoundingBox, PolygonRings, Position } from './types.ts';

/** Even-odd ray casting; a point exactly on an edge may fall either side, which is fine for placing contacts. */
function insideRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and in none of the holes. */
export function pointInPolygon(lon: number, lat: number, rings: PolygonRings): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !insideRing(lon, lat, outer)) return false;
  return !holes.some((hole) => insideRing(lon, lat, hole));
}

export function pointInAnyPolygon(lon: number, lat: number, polygons: readonly PolygonRings[]): boolean {
  return polygons.some((rings) => pointInPolygon(lon, lat, rings));
}

export function boundingBox(polygons: readonly PolygonRings[]): BoundingBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const rings of polygons) {
    // Holes lie inside the outer ring, so the outer ring alone bounds the polygon.
    for (const [lon, lat] of rings[0] ?? []) {
      box.minLon = Math.min(box.minLon, lon);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLon = Math.max(box.maxLon, lon);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

export function inBoundingBox(lon: number, lat: number, box: BoundingBox): boolean {
  return lon >= box.minLon && lon <= box.maxLon && lat >= box.minLat && lat <= box.maxLat;
}
