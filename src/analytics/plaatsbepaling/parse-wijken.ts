import { GeoInputError } from './geo-input-error.ts';
import { boundingBox } from './point-in-polygon.ts';
import type { PolygonRings, Position, Wijk } from './types.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsePosition(value: unknown, path: string): Position {
  if (!Array.isArray(value) || value.length < 2) throw new GeoInputError(path, 'expected [lon, lat]');
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || !Number.isFinite(lon) || lon < -180 || lon > 180)
    throw new GeoInputError(path, `longitude must be a number in [-180, 180], got ${JSON.stringify(lon)}`);
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90)
    throw new GeoInputError(path, `latitude must be a number in [-90, 90], got ${JSON.stringify(lat)}`);
  return [lon, lat];
}

function parseRings(value: unknown, path: string): PolygonRings {
  if (!Array.isArray(value) || value.length === 0) throw new GeoInputError(path, 'expected an array of rings');
  return value.map((ring: unknown, r) => {
    const ringPath = `${path}[${r}]`;
    // A closed ring needs at least 4 positions (triangle + repeated first point).
    if (!Array.isArray(ring) || ring.length < 4) throw new GeoInputError(ringPath, 'a ring needs at least 4 positions');
    return ring.map((p: unknown, i) => parsePosition(p, `${ringPath}[${i}]`));
  });
}

function parseGeometry(value: unknown, path: string): PolygonRings[] {
  if (!isRecord(value)) throw new GeoInputError(path, 'missing geometry');
  if (value.type === 'Polygon') return [parseRings(value.coordinates, `${path}.coordinates`)];
  if (value.type === 'MultiPolygon') {
    if (!Array.isArray(value.coordinates) || value.coordinates.length === 0)
      throw new GeoInputError(`${path}.coordinates`, 'expected an array of polygons');
    return value.coordinates.map((p: unknown, i) => parseRings(p, `${path}.coordinates[${i}]`));
  }
  throw new GeoInputError(`${path}.type`, `expected Polygon or MultiPolygon, got ${JSON.stringify(value.type)}`);
}

function parseFeature(value: unknown, path: string): Wijk {
  if (!isRecord(value) || value.type !== 'Feature') throw new GeoInputError(path, 'expected a GeoJSON Feature');
  const props = value.properties;
  if (!isRecord(props)) throw new GeoInputError(`${path}.properties`, 'missing properties');
  const { code, naam, postcodes, inwoners } = props;
  if (typeof code !== 'string' || code.trim() === '') throw new GeoInputError(`${path}.properties.code`, 'expected a non-empty string');
  if (typeof naam !== 'string') throw new GeoInputError(`${path}.properties.naam`, 'expected a string');
  if (!Array.isArray(postcodes) || !postcodes.every((p) => typeof p === 'string' && /^[1-9]\d{3}$/.test(p)))
    throw new GeoInputError(`${path}.properties.postcodes`, 'expected an array of 4-digit postcodes');
  if (typeof inwoners !== 'number' || !Number.isFinite(inwoners) || inwoners < 0)
    throw new GeoInputError(`${path}.properties.inwoners`, 'expected a non-negative number');
  const polygons = parseGeometry(value.geometry, `${path}.geometry`);
  return { code, naam, postcodes: postcodes as string[], inwoners, polygons, bbox: boundingBox(polygons) };
}

/** Validates a FeatureCollection of wijken; codes and postcodes must be unique so lookups are unambiguous. */
export function parseWijken(value: unknown): Wijk[] {
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features))
    throw new GeoInputError('$', 'expected a GeoJSON FeatureCollection');
  if (value.features.length === 0) throw new GeoInputError('$.features', 'no wijken');
  const wijken = value.features.map((f: unknown, i) => parseFeature(f, `$.features[${i}]`));
  const codes = new Set<string>();
  const postcodeOwner = new Map<string, string>();
  wijken.forEach((wijk, i) => {
    if (codes.has(wijk.code)) throw new GeoInputError(`$.features[${i}].properties.code`, `duplicate code ${wijk.code}`);
    codes.add(wijk.code);
    for (const pc of wijk.postcodes) {
      const owner = postcodeOwner.get(pc);
      if (owner) throw new GeoInputError(`$.features[${i}].properties.postcodes`, `postcode ${pc} also in ${owner}`);
      postcodeOwner.set(pc, wijk.code);
    }
  });
  return wijken;
}
