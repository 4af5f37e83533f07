export { GeoInputError } from './geo-input-error.ts';
export { loadStraten, loadWijken } from './load-geo-files.ts';
export { foldName, postcode4 } from './normalize.ts';
export { parseStraten } from './parse-straten.ts';
export { parseWijken } from './parse-wijken.ts';
export { createPlacer, type Placer } from './placer.ts';
export { pointInPolygon } from './point-in-polygon.ts';
export { createStreetFinder, findPostcodeInText } from './text-location.ts';
export type * from './types.ts';
