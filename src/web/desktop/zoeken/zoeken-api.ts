import { get, query } from '../api/client.ts';

/** GET /api/zoeken; mirrors ZoekResultaat in src/zoeken/zoeken.routes.ts. */
export interface ZoekResultaat {
  gesprekken: { id: string; kanaal: string; status: string; onderwerp: string | null; laatsteBerichtOp: string | null; fragment: string | null }[];
  partijen: { id: string; soortPartij: string; volledigeNaam: string }[] | null;
}

export const zoek = (q: string, status: string) => get<ZoekResultaat>(`/api/zoeken${query({ q: q || undefined, status: status || undefined })}`);
