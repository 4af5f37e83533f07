import { get, query, request } from '../api/client.ts';

/** The quality view's API; types mirror src/analytics/gesprekken/analyse.schemas.ts. */
export interface Cijfers {
  gesprekken: number;
  telefoongesprekken: number;
  chats: number;
  metOvertreding: number;
  overtredingen: number;
  stiltes: number;
  stiltesPerGesprek: number;
  stilteSeconden: number;
  zinAlerts: number;
}

export interface KwaliteitFilter {
  van?: string;
  tot?: string;
  medewerkerId?: string;
  teamId?: string;
}

export interface GesprekMetBevinding {
  gesprekId: string;
  kanaal: string;
  gestartOp: string;
  medewerkerId: string | null;
  overtredingen: number;
  stiltes: number;
  zinAlerts: number;
  geanalyseerdOp: string;
}

export interface KwaliteitRapport {
  medewerkers: ({ medewerkerId: string | null; naam: string | null } & Cijfers)[];
  teams: ({ teamId: string; naam: string } & Cijfers)[];
  trend: ({ week: string } & Cijfers)[];
  gesprekken: GesprekMetBevinding[];
}

/** A finding on a segment; the server may add fields, so only these are relied on. */
export type Vlag =
  | { soort: 'onthulling'; gegeven: string; voorVerificatie: boolean }
  | { soort: 'zin'; zin: string }
  | { soort: 'stilte_na'; seconden: number; artikelId: string | null }
  | { soort: 'geverifieerd' };

export interface Segment {
  index: number;
  speaker: string;
  start: number;
  end: number;
  text: string;
  vlaggen: Vlag[];
}

export interface KwaliteitGesprek {
  gesprekId: string;
  kanaal: string;
  medewerkerId: string | null;
  geanalyseerdOp: string;
  geverifieerdBijSegment: number | null;
  overtredingen: number;
  stiltes: number;
  zinAlerts: number;
  segmenten: Segment[];
}

export interface AnalyseSamenvatting {
  gesprekId: string;
  segmenten: number;
  geverifieerdBijSegment: number | null;
  overtredingen: number;
  stiltes: number;
  zinAlerts: number;
}

interface Hiaat {
  stiltes: number;
  gesprekken: number;
  totaalSeconden: number;
  gemiddeldeSeconden: number;
  langsteSeconden: number;
}

export interface Kennishiaten {
  onderwerpen: ({ onderwerp: string } & Hiaat)[];
  artikelen: ({ artikelId: string | null; titel: string | null } & Hiaat)[];
}

export interface Zin {
  id: string;
  zin: string;
}

const enc = encodeURIComponent;

export const kwaliteitApi = {
  rapport: (filter: KwaliteitFilter) => get<KwaliteitRapport>(`/api/analytics/kwaliteit${query({ ...filter })}`),
  gesprek: (id: string) => get<KwaliteitGesprek>(`/api/analytics/kwaliteit/gesprekken/${enc(id)}`),
  analyseer: (id: string) => request<AnalyseSamenvatting>('POST', `/api/analytics/kwaliteit/gesprekken/${enc(id)}/analyse`, {}),
  kennishiaten: (periode: { van?: string; tot?: string }) => get<Kennishiaten>(`/api/analytics/kennishiaten${query({ ...periode, limit: '20' })}`),
  zinnen: () => get<Zin[]>('/api/analytics/zinnen'),
  voegZinToe: (zin: string) => request<Zin>('POST', '/api/analytics/zinnen', { zin }),
  verwijderZin: (id: string) => request<void>('DELETE', `/api/analytics/zinnen/${enc(id)}`),
};

/** The drill-down's 404 when the gesprek exists but was never analysed: offer to analyse it. */
export const NOG_NIET_GEANALYSEERD = 'LOKET_ANALYSE_ONBEKEND';
