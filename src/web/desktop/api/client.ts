import type {
  Afhandeling,
  Bericht,
  Collegas,
  Gesprek,
  InboxItem,
  Kanaalgrenzen,
  KennisArtikel,
  NieuwePersoon,
  Partij,
  PartijSummary,
  PartijZoekvraag,
  PresenceStatus,
  RegistratieInGesprek,
  Session,
  TeamleiderOverzicht,
  TijdlijnItem,
  Verzoek,
} from './types.ts';

/** An API answer other than 2xx, with Loket's coded error when the body carries one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }

  /** The endpoint is not there (yet): the backend has not shipped it on this server. */
  get missing(): boolean {
    return this.status === 404 && (this.code === undefined || this.code === 'LOKET_ROUTE_NOT_FOUND');
  }
}

let csrfToken = '';
let language = 'nl';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function setApiLanguage(lang: string): void {
  language = lang;
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: { field?: string; message?: string }[] };
}

function send(method: string, url: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  return fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
}

/** The session's CSRF token again, after the server turned ours down (a new login in another tab). */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/api/auth/me', undefined).catch(() => null);
  if (!response?.ok) return false;
  csrfToken = ((await response.json()) as Session).csrfToken;
  return true;
}

async function call<T>(method: string, url: string, body: unknown, mayRetry: boolean): Promise<T> {
  const response = await send(method, url, body);
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as ErrorBody | null;
    if (payload?.error?.code === 'LOKET_CSRF_TOKEN_INVALID' && mayRetry && (await refreshCsrfToken()))
      return call<T>(method, url, body, false);
    const details = payload?.error?.details?.map((d) => [d.field, d.message].filter(Boolean).join(': ')).join('; ');
    const message = [payload?.error?.message ?? response.statusText, details].filter(Boolean).join(' ');
    throw new ApiError(response.status, payload?.error?.code, message);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * One call to Loket's API: JSON in and out, the CSRF token on unsafe methods (fetched again once
 * when the server turns it down), and a non-2xx answer as ApiError with the field details.
 */
export const request = <T>(method: string, url: string, body?: unknown) => call<T>(method, url, body, true);

export const get = <T>(url: string) => request<T>('GET', url);
const post = <T>(url: string, body: unknown = {}) => request<T>('POST', url, body);

/** A query string of the parameters that have a value: `?a=1&b=2`, or '' when none has. */
export const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  return search.size ? `?${search}` : '';
};

export type InboxFilter = 'alle' | 'mijn' | 'ongetoegewezen';
export type GesprekTransitie = 'afhandelen' | 'heropenen' | 'wachtOpKlant' | 'terugleggen';

export const api = {
  login: (gebruikersnaam: string, wachtwoord: string) => post<Session>('/api/auth/login', { gebruikersnaam, wachtwoord }),
  me: () => get<Session>('/api/auth/me'),
  logout: () => request<void>('POST', '/api/auth/logout'),
  /** Whether OIDC is configured: no endpoint says so, so a 404 from the start URL means "no". */
  oidcAvailable: async () =>
    (await fetch('/api/auth/oidc/login', { method: 'GET', redirect: 'manual', credentials: 'same-origin' })).status !== 404,

  inbox: (filter: { kanaal?: string; status?: string; filter?: InboxFilter; label?: string; sorteer?: string; weergave?: string }) =>
    get<{ results: InboxItem[] }>(`/api/inbox${query(filter)}`),
  gesprek: (id: string) => get<Gesprek>(`/api/gesprekken/${id}`),
  kanaalgrenzen: (id: string) => get<Kanaalgrenzen>(`/api/gesprekken/${id}/kanaalgrenzen`),
  /** A plain URL (for a link or an image): the session cookie authenticates the GET. */
  bijlageUrl: (gesprekId: string, bijlageId: string) => `/api/gesprekken/${gesprekId}/bijlagen/${bijlageId}`,
  reply: (id: string, tekst: string, soort: 'antwoord' | 'notitie') => post<Bericht>(`/api/gesprekken/${id}/berichten`, { tekst, soort }),
  transition: (id: string, transitie: GesprekTransitie) => post<{ status: string }>(`/api/gesprekken/${id}/${transitie}`),
  typing: (id: string) => post<void>(`/api/gesprekken/${id}/typen`),
  take: (id: string, to: { medewerkerId?: string; teamId?: string } = {}) => post<unknown>(`/api/gesprekken/${id}/toewijzing`, to),
  putBack: (id: string) => request<unknown>('DELETE', `/api/gesprekken/${id}/toewijzing`),
  verify: (id: string, input: { naam: string; geboortedatum: string; postcode: string }) =>
    post<{ geverifieerd: boolean }>(`/api/gesprekken/${id}/verificatie`, input),
  gesprekPartij: (id: string) => get<Partij>(`/api/gesprekken/${id}/partij`),
  /** The partij's timeline as seen from this gesprek: only after verification. */
  gesprekTijdlijn: (id: string) => get<{ items: TijdlijnItem[] }>(`/api/gesprekken/${id}/tijdlijn?limit=100`),
  afhandeling: (id: string, input: Afhandeling) => post<unknown>(`/api/gesprekken/${id}/afhandeling`, input),

  /** Links an (anonymous) gesprek to a partij; the partij stays masked until verification. */
  linkPartij: (id: string, partijId: string) => request<void>('PUT', `/api/gesprekken/${id}/partij`, { partijId }),

  partij: (id: string) => get<Partij>(`/api/partijen/${id}`),
  searchPartijen: (vraag: PartijZoekvraag) => get<{ results: PartijSummary[] }>(`/api/partijen${query({ ...vraag, limit: '10' })}`),
  /** Registers the caller of an anonymous gesprek and links them; they count as verified in this gesprek. */
  registreerInGesprek: (gesprekId: string, p: NieuwePersoon) =>
    post<RegistratieInGesprek>(`/api/gesprekken/${gesprekId}/partij`, {
      soortPartij: 'persoon',
      voornaam: p.voornaam,
      achternaam: p.achternaam,
      geboortedatum: p.geboortedatum,
      bezoekadres: {
        postcode: p.postcode,
        ...(p.straatnaam ? { straatnaam: p.straatnaam } : {}),
        ...(p.huisnummer !== undefined ? { huisnummer: p.huisnummer } : {}),
        ...(p.huisnummertoevoeging ? { huisnummertoevoeging: p.huisnummertoevoeging } : {}),
      },
    }),
  /** Merges the duplicate into `id`, which stays; answers with the partij that stays. */
  mergePartij: (id: string, metPartijId: string) => post<Partij>(`/api/partijen/${id}/samenvoegen`, { metPartijId }),
  createVerzoek: (partijId: string, onderwerp: string) => post<Verzoek>('/api/verzoeken', { partijId, onderwerp }),
  linkVerzoek: (klantcontactId: string, verzoekId: string) =>
    request<unknown>('PUT', `/api/klantcontacten/${klantcontactId}/verzoek`, { verzoekId }),
  collegas: () => get<Collegas>('/api/collegas'),
  tijdlijn: (id: string) => get<{ items: TijdlijnItem[] }>(`/api/partijen/${id}/tijdlijn?limit=100`),
  knowledge: (text: string) => get<{ results: KennisArtikel[] }>(`/api/kennisbank/search${query({ q: text.slice(0, 200), limit: '5' })}`),

  presence: () => get<{ status: PresenceStatus; kanalen: string[] }>('/api/aanwezigheid'),
  setPresence: (status: PresenceStatus) => request<{ status: PresenceStatus }>('PUT', '/api/aanwezigheid', { status }),
  teamleider: () => get<TeamleiderOverzicht>('/api/teamleider/overzicht'),
};
