import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { createPlacer, GeoInputError, parseStraten, parseWijken, type Placer, type Wijk } from '../plaatsbepaling/index.ts';
import * as q from './gebieden.queries.ts';

/**
 * Wijken and straten: imported from files, kept in the database, and turned into the placer
 * every node caches until the next import (gebied_stand's revision).
 */
export async function importWijken(db: Db, geojson: unknown): Promise<{ wijken: number }> {
  const wijken = parseWijken(geojson);
  const features = (geojson as { features: { properties: { code: string }; geometry: unknown }[] }).features;
  const geometry = new Map(features.map((f) => [f.properties.code, f.geometry]));
  await inTransaction(db, async (trx) => {
    await q.replaceWijken(
      trx,
      wijken.map((w) => ({ code: w.code, naam: w.naam, inwoners: w.inwoners, postcodes: w.postcodes, geometrie: geometry.get(w.code) })),
    );
    await q.bumpGebiedRevision(trx);
  });
  return { wijken: wijken.length };
}

export async function importStraten(db: Db, json: unknown): Promise<{ straten: number }> {
  const codes = new Set((await q.listWijken(db)).map((w) => w.code));
  if (codes.size === 0) throw new GeoInputError('$', 'import eerst de wijken');
  const straten = parseStraten(json, codes);
  const coords = (json as { lat?: unknown; lon?: unknown }[]).map((s) => ({
    lat: typeof s.lat === 'number' ? s.lat : null,
    lon: typeof s.lon === 'number' ? s.lon : null,
  }));
  await inTransaction(db, async (trx) => {
    await q.replaceStraten(
      trx,
      straten.map((s, i) => ({ ...s, ...coords[i]! })),
    );
    await q.bumpGebiedRevision(trx);
  });
  return { straten: straten.length };
}

/** The stored wijken as parsed Wijk objects (polygons, bounding boxes). */
export async function storedWijken(db: Db): Promise<Wijk[]> {
  const rows = await q.listWijken(db);
  if (rows.length === 0) return [];
  return parseWijken({
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.code,
      properties: { code: r.code, naam: r.naam, postcodes: r.postcodes, inwoners: r.inwoners },
      geometry: r.geometrie,
    })),
  });
}

/** The wijken as a GeoJSON FeatureCollection for the dashboard's map. */
export async function wijkenGeoJson(db: Db) {
  const rows = await q.listWijken(db);
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => ({
      type: 'Feature' as const,
      id: r.code,
      properties: { code: r.code, naam: r.naam, inwoners: r.inwoners, postcodes: r.postcodes },
      geometry: r.geometrie,
    })),
  };
}

export async function inwonersPerWijk(db: Db): Promise<Map<string, number>> {
  return new Map((await q.listWijken(db)).map((w) => [w.code, w.inwoners]));
}

const placers = new WeakMap<Db, { revision: number; placer: Promise<Placer> }>();

/** A placer over the stored wijken and straten, rebuilt when an import bumped the revision. */
export async function storedPlacer(db: Db): Promise<Placer> {
  const revision = await q.gebiedRevision(db);
  const cached = placers.get(db);
  if (cached?.revision === revision) return cached.placer;
  const placer = (async () => createPlacer(await storedWijken(db), await q.listStraten(db)))();
  placers.set(db, { revision, placer });
  placer.catch(() => placers.delete(db));
  return placer;
}
