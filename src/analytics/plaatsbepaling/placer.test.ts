import { describe, expect, it } from 'vitest';
import { squareCollection, straten } from './fixtures.test-helpers.ts';
import { parseWijken } from './parse-wijken.ts';
import { createPlacer } from './placer.ts';

const placer = createPlacer(parseWijken(squareCollection), straten);

describe('createPlacer', () => {
  it('places by coordinates, respecting holes and MultiPolygon parts', () => {
    expect(placer.place({ lat: 0.2, lon: 0.2 })).toEqual({ wijk: 'WA', method: 'coordinates' });
    // Inside A's hole but outside B's island in it: no wijk from coordinates.
    expect(placer.place({ lat: 0.42, lon: 0.42 })).toEqual({ wijk: null, method: null });
    expect(placer.place({ lat: 0.5, lon: 0.5 })).toEqual({ wijk: 'WB', method: 'coordinates' });
    expect(placer.place({ lat: 0.5, lon: 2.5 })).toEqual({ wijk: 'WB', method: 'coordinates' });
  });

  it('falls back from coordinates outside every wijk to the street, then the postcode', () => {
    expect(placer.place({ lat: 5, lon: 5, straat: 'Berkenhof' })).toEqual({ wijk: 'WB', method: 'street' });
    expect(placer.place({ straat: 'Onbekendpad', postcode: '2222 AB' })).toEqual({ wijk: 'WB', method: 'postcode' });
  });

  it('matches street names regardless of case, diacritics and house number', () => {
    expect(placer.place({ straat: 'LINDELAAN 12a' })).toEqual({ wijk: 'WA', method: 'street' });
    expect(placer.place({ straat: 'Bérkenhof' })).toEqual({ wijk: 'WB', method: 'street' });
    expect(placer.place({ straat: 'nieuwe-gracht' })).toEqual({ wijk: 'WB', method: 'street' });
  });

  it('uses the postcode to pick between wijken a street crosses', () => {
    expect(placer.place({ straat: 'Grensweg', postcode: '2222' })).toEqual({ wijk: 'WB', method: 'street' });
    expect(placer.place({ straat: 'Grensweg' })).toEqual({ wijk: null, method: null });
  });

  it('finds a street only mentioned in the text', () => {
    expect(placer.place({ text: 'De bladkorf in de Lindelaan is vol' })).toEqual({ wijk: 'WA', method: 'text-street' });
    expect(placer.place({ text: 'ik woon in de lindelaan' })).toEqual({ wijk: 'WA', method: 'text-street' });
    expect(placer.place({ text: 'Overlast bij de berkenhof 12, al weken' })).toEqual({ wijk: 'WB', method: 'text-street' });
    expect(placer.place({ text: 'Wij wonen aan de Nieuwe  Gracht.' })).toEqual({ wijk: 'WB', method: 'text-street' });
  });

  it('ignores street names used as ordinary words or inside other words', () => {
    expect(placer.place({ text: 'ik loop altijd achterom naar binnen' })).toEqual({ wijk: null, method: null });
    expect(placer.place({ text: 'De Lindelaanstraat bestaat niet' })).toEqual({ wijk: null, method: null });
  });

  it('recognises a postcode in the text, spaced or not', () => {
    expect(placer.place({ text: 'Mijn adres is 2223 XY in Lindendaal' })).toEqual({ wijk: 'WB', method: 'text-postcode' });
    expect(placer.place({ text: 'postcode 1111ab' })).toEqual({ wijk: 'WA', method: 'text-postcode' });
    expect(placer.place({ text: 'in 2222 is alles anders' })).toEqual({ wijk: null, method: null });
  });

  it('prefers structured fields over what the text says', () => {
    expect(placer.place({ postcode: '1111', text: 'in de Berkenhof' })).toEqual({ wijk: 'WA', method: 'postcode' });
  });
});
