import { get, query } from '../api/client.ts';
import type { Antwoord } from '../api/types.ts';

/** What GET /api/zoeken answers (from the generated contract). */
export type ZoekResultaat = Antwoord<'/api/zoeken'>;

export const zoek = (q: string, status: string) =>
  get<ZoekResultaat>(`/api/zoeken${query({ q: q || undefined, status: status || undefined })}`);
