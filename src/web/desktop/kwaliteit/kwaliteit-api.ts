import { ApiError, get, query, request } from '../api/client.ts';
import { keys, queryOptions } from '../api/query.ts';

import type { Antwoord } from '../api/types.ts';

/** The quality view's API; the types come from the generated contract (src/analytics/gesprekskwaliteit/analyse.schemas.ts). */
export type KwaliteitRapport = Antwoord<'/api/analytics/kwaliteit'>;
export type Cijfers = Omit<KwaliteitRapport['trend'][number], 'week'>;
export type GesprekMetBevinding = KwaliteitRapport['gesprekken'][number];

export interface KwaliteitFilter {
  van?: string;
  tot?: string;
  medewerkerId?: string;
  teamId?: string;
}

/** A finding on a segment; the server may add fields, so only these are relied on. */
export type Vlag =
  | { soort: 'onthulling'; gegeven: string; voorVerificatie: boolean }
  | { soort: 'zin'; zin: string }
  | { soort: 'stilte_na'; seconden: number; artikelId: string | null }
  | { soort: 'geverifieerd' };

type GesprekAntwoord = Antwoord<'/api/analytics/kwaliteit/gesprekken/{id}'>;
/** The server documents `vlaggen` loosely (free objects); the desktop reads the kinds it knows. */
export type Segment = Omit<GesprekAntwoord['segmenten'][number], 'vlaggen'> & { vlaggen: Vlag[] };
export type KwaliteitGesprek = Omit<GesprekAntwoord, 'segmenten'> & { segmenten: Segment[] };

export type AnalyseSamenvatting = Antwoord<'/api/analytics/kwaliteit/gesprekken/{id}/analyse', 'post'>;

export type Kennishiaten = Antwoord<'/api/analytics/kennishiaten'>;

export type Zin = Antwoord<'/api/analytics/zinnen'>[number];

const enc = encodeURIComponent;

export const kwaliteitApi = {
  rapport: (filter: KwaliteitFilter) => get<KwaliteitRapport>(`/api/analytics/kwaliteit${query({ ...filter })}`),
  gesprek: (id: string) => get<KwaliteitGesprek>(`/api/analytics/kwaliteit/gesprekken/${enc(id)}`),
  analyseer: (id: string) => request<AnalyseSamenvatting>('POST', `/api/analytics/kwaliteit/gesprekken/${enc(id)}/analyse`, {}),
  kennishiaten: (periode: { van?: string; tot?: string }) =>
    get<Kennishiaten>(`/api/analytics/kennishiaten${query({ ...periode, limit: '20' })}`),
  zinnen: () => get<Zin[]>('/api/analytics/zinnen'),
  voegZinToe: (zin: string) => request<Zin>('POST', '/api/analytics/zinnen', { zin }),
  verwijderZin: (id: string) => request<void>('DELETE', `/api/analytics/zinnen/${enc(id)}`),
};

/** The drill-down's 404 when the gesprek exists but was never analysed: offer to analyse it. */
export const NOG_NIET_GEANALYSEERD = 'LOKET_ANALYSE_ONBEKEND';

/** A gesprek never analysed answers 404 with its own code: offered for analysis (null) instead of an error. */
async function gesprekOfNull(id: string): Promise<KwaliteitGesprek | null> {
  try {
    return await kwaliteitApi.gesprek(id);
  } catch (e) {
    if (e instanceof ApiError && e.code === NOG_NIET_GEANALYSEERD) return null;
    throw e;
  }
}

export const kwaliteitQueries = {
  rapport: (filter: KwaliteitFilter) =>
    queryOptions({ queryKey: keys.kwaliteitRapport(filter), queryFn: () => kwaliteitApi.rapport(filter) }),
  gesprek: (id: string) => queryOptions({ queryKey: keys.kwaliteitGesprek(id), queryFn: () => gesprekOfNull(id) }),
  kennishiaten: (van?: string, tot?: string) =>
    queryOptions({ queryKey: keys.kennishiaten({ van, tot }), queryFn: () => kwaliteitApi.kennishiaten({ van, tot }) }),
  zinnen: () => queryOptions({ queryKey: keys.zinnen(), queryFn: () => kwaliteitApi.zinnen() }),
};
