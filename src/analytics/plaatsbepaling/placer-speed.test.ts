import { describe, expect, it } from 'vitest';
import { parseWijken } from './parse-wijken.ts';
import { createPlacer } from './placer.ts';

/** A 10 × 10 grid of square wijken with 20-vertex rings, one street and postcode each. */
function grid() {
  const features = [];
  const straten = [];
  for (let i = 0; i < 100; i++) {
    const x = i % 10;
    const y = Math.floor(i / 10);
    const ring: [number, number][] = [];
    for (let s = 0; s < 5; s++) ring.push([x + s / 5, y]);
    for (let s = 0; s < 5; s++) ring.push([x + 1, y + s / 5]);
    for (let s = 0; s < 5; s++) ring.push([x + 1 - s / 5, y + 1]);
    for (let s = 0; s < 5; s++) ring.push([x, y + 1 - s / 5]);
    ring.push([x, y]);
    const code = `W${i}`;
    features.push({
      type: 'Feature',
      properties: { code, naam: code, postcodes: [String(1000 + i)], inwoners: 100 },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
    straten.push({ straat: `Straat ${i}laan`, wijk: code, postcode4: String(1000 + i) });
  }
  return { wijken: parseWijken({ type: 'FeatureCollection', features }), straten };
}

describe('placer speed', () => {
  it('places 100,000 mixed contacts well within the budget', () => {
    const { wijken, straten } = grid();
    const placer = createPlacer(wijken, straten);
    const text = 'Goedemorgen, de lantaarnpaal bij ons voor de deur is al een week kapot. Kunt u dat doorgeven? ';
    const started = performance.now();
    let placed = 0;
    for (let i = 0; i < 100_000; i++) {
      const kind = i % 4;
      const input =
        kind === 0
          ? { lat: (i % 997) / 99.7, lon: (i % 991) / 99.1 }
          : kind === 1
            ? { straat: `Straat ${i % 100}laan` }
            : kind === 2
              ? { postcode: `${1000 + (i % 100)} AB` }
              : { text: `${text}Ik woon in de Straat ${i % 100}laan.` };
      if (placer.place(input).wijk) placed++;
    }
    const ms = performance.now() - started;
    expect(placed).toBeGreaterThan(99_000);
    expect(ms).toBeLessThan(3000);
  });
});
