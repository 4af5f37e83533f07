import { api, ApiError } from '../api/client.ts';

/** The kennisbank's API as the editor screens use it; types mirror src/knowledge/articles.schemas.ts. */
export type KennisStatus = 'concept' | 'ter_review' | 'gepubliceerd' | 'gearchiveerd';
export type KennisType = 'artikel' | 'werkinstructie' | 'nieuws';
export type Doelgroep = 'inwoner' | 'ondernemer';
export type Transitie = 'indienen' | 'terugsturen' | 'publiceren' | 'archiveren';

export interface ArticleContent {
  type: KennisType;
  title: string;
  summary: string;
  body: string;
  category: string;
  upl: string | null;
  audience: Doelgroep[];
  department: string;
  keywords: string[];
  reviewDate?: string | null;
}

export interface Version extends ArticleContent {
  articleId: string;
  version: number;
  status: KennisStatus;
  reviewDate: string | null;
  updated: string;
  author: string;
  createdAt: string;
  statusChangedAt: string;
}

export interface Overview {
  id: string;
  publishedVersion: number | null;
  versions: Version[];
}

export interface PublishedArticle extends ArticleContent {
  id: string;
  version: number;
  html: string;
  updated: string;
  publishedAt: string;
}

export interface CoachingCluster {
  size: number;
  questions: { id: string; text: string; reason: string; askedAt: string }[];
  closestArticle: { articleId: string; title: string; confidence: number } | null;
}

export interface ReviewDue {
  department: string;
  articles: { id: string; title: string; reviewDate: string; overdue: boolean }[];
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
    const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: { field?: string; message?: string }[] } } | null;
    if (payload?.error?.code === 'LOKET_CSRF_TOKEN_INVALID' && !retried) {
      csrf = undefined;
      return request(method, url, body, true);
    }
    const details = payload?.error?.details?.map((d) => [d.field, d.message].filter(Boolean).join(': ')).join('; ');
    const message = [payload?.error?.message ?? response.statusText, details].filter(Boolean).join(' ');
    throw new ApiError(response.status, payload?.error?.code, message);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const enc = encodeURIComponent;

export const kennisbankApi = {
  published: () => request<{ results: PublishedArticle[] }>('GET', '/api/kennisbank/artikelen'),
  publishedOne: (id: string) => request<PublishedArticle>('GET', `/api/kennisbank/artikelen/${enc(id)}`),
  overview: (id: string) => request<Overview>('GET', `/api/kennisbank/artikelen/${enc(id)}/versies`),
  create: (id: string, content: ArticleContent) => request<Version>('POST', '/api/kennisbank/artikelen', { id, ...content }),
  saveConcept: (id: string, content: ArticleContent) => request<Version>('PUT', `/api/kennisbank/artikelen/${enc(id)}/concept`, content),
  transition: (id: string, version: number, transitie: Transitie) => request<Version>('POST', `/api/kennisbank/artikelen/${enc(id)}/versies/${version}/${transitie}`, {}),
  reviewDue: () => request<{ results: ReviewDue[] }>('GET', '/api/kennisbank/review?binnenDagen=365'),
  search: (q: string) => request<{ results: { id: string; title: string; summary: string; score: number }[] }>('GET', `/api/kennisbank/search?q=${enc(q.slice(0, 200))}&limit=50`),
  coaching: () => request<{ clusters: CoachingCluster[] }>('GET', '/api/bot/coaching'),
  retrain: () => request<{ articles: number; examples: number }>('POST', '/api/bot/retrain', {}),
};
