/** A position as GeoJSON stores it: [longitude, latitude] in WGS84. */
export type Position = readonly [number, number];
/** A polygon: the outer ring first, then holes. */
export type PolygonRings = readonly (readonly Position[])[];

export interface BoundingBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** A wijk (neighbourhood) as loaded from GeoJSON; `polygons` covers Polygon and MultiPolygon. */
export interface Wijk {
  code: string;
  naam: string;
  postcodes: readonly string[];
  inwoners: number;
  polygons: readonly PolygonRings[];
  bbox: BoundingBox;
}

export interface Straat {
  straat: string;
  wijk: string;
  postcode4: string;
}

export interface PlaceInput {
  lat?: number | null;
  lon?: number | null;
  straat?: string | null;
  postcode?: string | null;
  text?: string | null;
}

export type PlaceMethod = 'coordinates' | 'street' | 'postcode' | 'text-street' | 'text-postcode';

export interface Placement {
  wijk: string | null;
  method: PlaceMethod | null;
}
