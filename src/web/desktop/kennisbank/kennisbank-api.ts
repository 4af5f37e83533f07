import { api, ApiError } from '../api/client.ts';
import { listQuery } from './kennisbank-logic.ts';

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

/** One row of the redactie's list: the newest version of an article (src/knowledge/editor.schemas.ts). */
export interface ArticleListItem {
  id: string;
  version: number;
  status: KennisStatus;
  publishedVersion: number | null;
  type: KennisType;
  title: string;
  category: string;
  department: string;
  reviewDate: string | null;
  reviewOverdue: boolean;
  updated: string;
  author: string;
  changedAt: string;
}

export interface ArticleList {
  total: number;
  limit: number;
  offset: number;
  results: ArticleListItem[];
}

export interface ListFilter {
  status: KennisStatus | '';
  q: string;
  reviewDue: boolean;
  offset: number;
}

export interface CoachingCluster {
  size: number;
  questions: { id: string; text: string; reason: string; askedAt: string }[];
  closestArticle: { articleId: string; title: string; confidence: number } | null;
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
  list: (filter: ListFilter) => request<ArticleList>('GET', `/api/kennisbank/redactie/artikelen?${listQuery(filter)}`),
  preview: (body: string) => request<{ html: string }>('POST', '/api/kennisbank/voorbeeld', { body }),
  overview: (id: string) => request<Overview>('GET', `/api/kennisbank/artikelen/${enc(id)}/versies`),
  create: (id: string, content: ArticleContent) => request<Version>('POST', '/api/kennisbank/artikelen', { id, ...content }),
  saveConcept: (id: string, content: ArticleContent) => request<Version>('PUT', `/api/kennisbank/artikelen/${enc(id)}/concept`, content),
  transition: (id: string, version: number, transitie: Transitie) => request<Version>('POST', `/api/kennisbank/artikelen/${enc(id)}/versies/${version}/${transitie}`, {}),
  search: (q: string) => request<{ results: { id: string; title: string; summary: string; score: number }[] }>('GET', `/api/kennisbank/search?q=${enc(q.slice(0, 200))}&limit=50`),
  coaching: () => request<{ clusters: CoachingCluster[] }>('GET', '/api/bot/coaching'),
  retrain: () => request<{ articles: number; examples: number }>('POST', '/api/bot/retrain', {}),
};
