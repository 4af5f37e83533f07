import { api, ApiError } from '../api/client.ts';

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

// The shared client keeps its CSRF token to itself; the session endpoint hands out the same one.
let csrf: Promise<string> | undefined;
const csrfToken = () => (csrf ??= api.me().then((s) => s.csrfToken));

async function request<T>(method: string, url: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': document.documentElement.lang || 'nl' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await csrfToken();
  const response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    if (payload?.error?.code === 'LOKET_CSRF_TOKEN_INVALID' && !retried) {
      csrf = undefined;
      return request(method, url, body, true);
    }
    throw new ApiError(response.status, payload?.error?.code, payload?.error?.message ?? response.statusText);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return search.size ? `?${search}` : '';
};
const enc = encodeURIComponent;

export const kwaliteitApi = {
  rapport: (filter: KwaliteitFilter) => request<KwaliteitRapport>('GET', `/api/analytics/kwaliteit${query({ ...filter })}`),
  gesprek: (id: string) => request<KwaliteitGesprek>('GET', `/api/analytics/kwaliteit/gesprekken/${enc(id)}`),
  analyseer: (id: string) => request<AnalyseSamenvatting>('POST', `/api/analytics/kwaliteit/gesprekken/${enc(id)}/analyse`, {}),
  kennishiaten: (periode: { van?: string; tot?: string }) => request<Kennishiaten>('GET', `/api/analytics/kennishiaten${query({ ...periode, limit: '20' })}`),
  zinnen: () => request<Zin[]>('GET', '/api/analytics/zinnen'),
  voegZinToe: (zin: string) => request<Zin>('POST', '/api/analytics/zinnen', { zin }),
  verwijderZin: (id: string) => request<void>('DELETE', `/api/analytics/zinnen/${enc(id)}`),
};

/** The drill-down's 404 when the gesprek exists but was never analysed: offer to analyse it. */
export const NOG_NIET_GEANALYSEERD = 'LOKET_ANALYSE_ONBEKEND';
