import { GeoInputError } from './geo-input-error.ts';
import type { Straat } from './types.ts';

/** Validates the straten list; extra fields (lat/lon, bladkorf, ...) are allowed and ignored. */
export function parseStraten(value: unknown, wijkCodes?: ReadonlySet<string>): Straat[] {
  if (!Array.isArray(value)) throw new GeoInputError('$', 'expected an array of streets');
  return value.map((item: unknown, i) => {
    const path = `$[${i}]`;
    if (typeof item !== 'object' || item === null) throw new GeoInputError(path, 'expected an object');
    const { straat, wijk, postcode4 } = item as Record<string, unknown>;
    if (typeof straat !== 'string' || straat.trim() === '') throw new GeoInputError(`${path}.straat`, 'expected a non-empty string');
    if (typeof wijk !== 'string' || wijk === '') throw new GeoInputError(`${path}.wijk`, 'expected a wijk code');
    if (wijkCodes && !wijkCodes.has(wijk)) throw new GeoInputError(`${path}.wijk`, `unknown wijk ${wijk}`);
    if (typeof postcode4 !== 'string' || !/^[1-9]\d{3}$/.test(postcode4))
      throw new GeoInputError(`${path}.postcode4`, 'expected a 4-digit postcode');
    return { straat, wijk, postcode4 };
  });
}
