import { foldName, postcode4 } from './normalize.ts';
import { inBoundingBox, pointInAnyPolygon } from './point-in-polygon.ts';
import { createStreetFinder, findPostcodeInText } from './text-location.ts';
import type { Placement, PlaceInput, Straat, Wijk } from './types.ts';

export interface Placer {
  place(input: PlaceInput): Placement;
}

const UNPLACED: Placement = { wijk: null, method: null };

/** "Lindelaan 12a" → "lindelaan": the straat field sometimes carries the house number. */
function streetKey(straat: string): string {
  return foldName(straat).replace(/(\s+\d+\s*[a-z]?)+$/, '');
}

/**
 * Places a contact in a wijk, trusting structured fields before free text:
 * coordinates, then the straat field, then the postcode field, then a street or postcode
 * named in the text. A source that gives no unambiguous wijk falls through to the next.
 */
export function createPlacer(wijken: readonly Wijk[], straten: readonly Straat[]): Placer {
  const wijkByPostcode = new Map<string, string>();
  for (const wijk of wijken) for (const pc of wijk.postcodes) wijkByPostcode.set(pc, wijk.code);

  // A street name can cross a wijk border; then the postcode decides, or nothing does.
  const streetsByName = new Map<string, Straat[]>();
  for (const s of straten) {
    const key = streetKey(s.straat);
    streetsByName.set(key, [...(streetsByName.get(key) ?? []), s]);
  }
  const findStreet = createStreetFinder(straten.map((s) => s.straat));
  const knownPostcodes = new Set(wijkByPostcode.keys());

  function byCoordinates(lat: number, lon: number): string | null {
    for (const wijk of wijken) {
      if (inBoundingBox(lon, lat, wijk.bbox) && pointInAnyPolygon(lon, lat, wijk.polygons)) return wijk.code;
    }
    return null;
  }

  function byStreet(key: string, pc: string | null): string | null {
    const candidates = streetsByName.get(key) ?? [];
    const wijkCodes = new Set(candidates.map((s) => s.wijk));
    if (wijkCodes.size === 1) return candidates[0]!.wijk;
    const withPostcode = candidates.filter((s) => s.postcode4 === pc);
    return new Set(withPostcode.map((s) => s.wijk)).size === 1 ? withPostcode[0]!.wijk : null;
  }

  return {
    place({ lat, lon, straat, postcode, text }) {
      const pc = postcode ? postcode4(postcode) : null;
      if (typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon)) {
        const wijk = byCoordinates(lat, lon);
        if (wijk) return { wijk, method: 'coordinates' };
      }
      if (straat) {
        const wijk = byStreet(streetKey(straat), pc);
        if (wijk) return { wijk, method: 'street' };
      }
      const pcWijk = pc ? wijkByPostcode.get(pc) : undefined;
      if (pcWijk) return { wijk: pcWijk, method: 'postcode' };
      if (text) {
        const key = findStreet(text);
        const textPc = findPostcodeInText(text, knownPostcodes);
        const streetWijk = key ? byStreet(key, textPc) : null;
        if (streetWijk) return { wijk: streetWijk, method: 'text-street' };
        if (textPc) return { wijk: wijkByPostcode.get(textPc)!, method: 'text-postcode' };
      }
      return UNPLACED;
    },
  };
}
