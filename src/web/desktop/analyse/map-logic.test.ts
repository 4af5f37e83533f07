import { describe, expect, it } from 'vitest';
import type { WijkenGeoJson } from './analyse-api.ts';
import { classOf, colourScale, projectWijken, ringCentroid } from './map-logic.ts';

const square = (code: string, lon: number, lat: number, size: number): WijkenGeoJson['features'][number] => ({
  id: code,
  properties: { code, naam: `Wijk ${code}`, inwoners: 1000, postcodes: [] },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + size, lat],
        [lon + size, lat + size],
        [lon, lat + size],
        [lon, lat],
      ],
    ],
  },
});

describe('the wijken map', () => {
  it('projects lon/lat into the width, north up, with longitude scaled by cos(latitude)', () => {
    const map = projectWijken({ type: 'FeatureCollection', features: [square('A', 5, 60, 1), square('B', 6, 60, 1)] }, 216, 8);
    // At 60.5° cos ≈ 0.49: two degrees of longitude are about as wide as one of latitude.
    expect(map.width).toBe(216);
    expect(map.height).toBe(Math.ceil(200 / (2 * Math.cos((60.5 * Math.PI) / 180)) + 16));
    expect(map.shapes[0]!.d.startsWith('M8,')).toBe(true);
    expect(map.shapes[0]!.d.endsWith('Z')).toBe(true);
    const [a, b] = map.shapes;
    expect(a!.label.x).toBeCloseTo(58, 0);
    expect(b!.label.x).toBeCloseTo(158, 0);
    expect(a!.label.y).toBeCloseTo(map.height / 2, 0);
  });

  it('draws every polygon of a MultiPolygon and labels the largest', () => {
    const feature = square('M', 5, 52, 0.02);
    const multi = {
      ...feature,
      geometry: {
        type: 'MultiPolygon' as const,
        coordinates: [
          [
            [
              [5.1, 52],
              [5.101, 52],
              [5.101, 52.001],
              [5.1, 52],
            ],
          ] as [number, number][][],
          feature.geometry.coordinates as [number, number][][],
        ],
      },
    };
    const map = projectWijken({ type: 'FeatureCollection', features: [multi] }, 400);
    expect(map.shapes[0]!.d.match(/M/g)).toHaveLength(2);
    expect(map.shapes[0]!.label.x).toBeLessThan(100);
  });

  it('finds a ring’s centroid whichever way it winds', () => {
    expect(
      ringCentroid([
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
      ]),
    ).toEqual({ area: 4, x: 1, y: 1 });
    expect(
      ringCentroid([
        [0, 0],
        [0, 2],
        [2, 2],
        [2, 0],
      ]),
    ).toMatchObject({ area: -4, x: 1, y: 1 });
  });

  it('splits the values’ range into five equal classes in round numbers', () => {
    const scale = colourScale([0, 3.2, 16.5]);
    expect(scale.classes).toEqual([
      { from: 0, to: 5 },
      { from: 5, to: 10 },
      { from: 10, to: 15 },
      { from: 15, to: 20 },
      { from: 20, to: 25 },
    ]);
    expect([0, 4.99, 5, 16.5].map((v) => classOf(v, scale))).toEqual([0, 0, 1, 3]);
    // Close figures get narrow classes that start near the lowest.
    expect(colourScale([177.2, 193.1, 205]).classes.map((c) => c.from)).toEqual([170, 180, 190, 200, 210]);
    expect(classOf(205, colourScale([177.2, 205]))).toBe(3);
    // A maximum on a class boundary still fits; equal, zero and no values give a usable scale.
    expect(colourScale([0, 10]).classes.at(-1)).toEqual({ from: 8, to: 10 });
    expect(classOf(10, colourScale([0, 10]))).toBe(4);
    expect(colourScale([4, 4]).classes[0]).toEqual({ from: 4, to: 5 });
    expect(colourScale([0, 0]).classes[0]).toEqual({ from: 0, to: 1 });
    expect(colourScale([]).classes).toHaveLength(5);
  });
});
