import { describe, expect, it } from 'vitest';
import { squareCollection } from './fixtures.test-helpers.ts';
import { GeoInputError } from './geo-input-error.ts';
import { parseStraten } from './parse-straten.ts';
import { parseWijken } from './parse-wijken.ts';

function withFeature(patch: (f: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(squareCollection) as { features: Record<string, unknown>[] };
  patch(copy.features[0]!);
  return copy;
}

describe('parseWijken', () => {
  it('reads Polygon and MultiPolygon features with bounding boxes', () => {
    const [a, b] = parseWijken(squareCollection);
    expect(a).toMatchObject({ code: 'WA', naam: 'Vierkant', postcodes: ['1111'], inwoners: 1000 });
    expect(a!.polygons[0]).toHaveLength(2);
    expect(b!.polygons).toHaveLength(2);
    expect(b!.bbox).toEqual({ minLon: 0.45, minLat: 0, maxLon: 3, maxLat: 1 });
  });

  it('names the offending path', () => {
    expect(() => parseWijken({ type: 'Feature' })).toThrow(/FeatureCollection/);
    const badLat = withFeature((f) => {
      (f.geometry as { coordinates: number[][][] }).coordinates[0]![1] = [1, 'x' as unknown as number];
    });
    expect(() => parseWijken(badLat)).toThrow('$.features[0].geometry.coordinates[0][1]: latitude');
    const badType = withFeature((f) => {
      (f.geometry as { type: string }).type = 'LineString';
    });
    expect(() => parseWijken(badType)).toThrow(/Polygon or MultiPolygon/);
    const badPostcode = withFeature((f) => {
      (f.properties as { postcodes: unknown }).postcodes = ['11'];
    });
    expect(() => parseWijken(badPostcode)).toThrow(GeoInputError);
  });

  it('rejects duplicate codes and a postcode in two wijken', () => {
    const dupPostcode = withFeature((f) => {
      (f.properties as { postcodes: string[] }).postcodes = ['2222'];
    });
    expect(() => parseWijken(dupPostcode)).toThrow(/postcode 2222 also in/);
    const dupCode = withFeature((f) => {
      (f.properties as { code: string }).code = 'WB';
    });
    expect(() => parseWijken(dupCode)).toThrow(/duplicate code WB/);
  });
});

describe('parseStraten', () => {
  it('validates fields and known wijk codes', () => {
    expect(parseStraten([{ straat: 'Lindelaan', wijk: 'WA', postcode4: '1111', bladkorf: false }])).toEqual([
      { straat: 'Lindelaan', wijk: 'WA', postcode4: '1111' },
    ]);
    expect(() => parseStraten({})).toThrow(/array/);
    expect(() => parseStraten([{ straat: 'X', wijk: 'WZ', postcode4: '1111' }], new Set(['WA']))).toThrow('$[0].wijk: unknown wijk WZ');
    expect(() => parseStraten([{ straat: 'X', wijk: 'WA', postcode4: '11' }])).toThrow(/postcode4/);
  });
});
