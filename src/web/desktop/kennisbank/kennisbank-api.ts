import { get, request } from '../api/client.ts';
import { keys, queryOptions } from '../api/query.ts';
import { listQuery } from './kennisbank-logic.ts';
import type { ArticleContent, ArticleList, CoachingCluster, ListFilter, Overview, Version, Transitie } from './kennisbank-types.ts';

/** The kennisbank's API as the editor screens use it. */
export type {
  KennisStatus,
  KennisType,
  Doelgroep,
  Transitie,
  ArticleContent,
  Version,
  Overview,
  ArticleListItem,
  ArticleList,
  ListFilter,
  CoachingCluster,
} from './kennisbank-types.ts';

const enc = encodeURIComponent;

export const kennisbankApi = {
  list: (filter: ListFilter) => get<ArticleList>(`/api/kennisbank/redactie/artikelen?${listQuery(filter)}`),
  preview: (body: string) => request<{ html: string }>('POST', '/api/kennisbank/voorbeeld', { body }),
  overview: (id: string) => get<Overview>(`/api/kennisbank/artikelen/${enc(id)}/versies`),
  create: (id: string, content: ArticleContent) => request<Version>('POST', '/api/kennisbank/artikelen', { id, ...content }),
  saveConcept: (id: string, content: ArticleContent) => request<Version>('PUT', `/api/kennisbank/artikelen/${enc(id)}/concept`, content),
  transition: (id: string, version: number, transitie: Transitie) =>
    request<Version>('POST', `/api/kennisbank/artikelen/${enc(id)}/versies/${version}/${transitie}`, {}),
  search: (q: string) =>
    get<{ results: { id: string; title: string; summary: string; score: number }[] }>(
      `/api/kennisbank/search?q=${enc(q.slice(0, 200))}&limit=50`,
    ),
  coaching: () => get<{ clusters: CoachingCluster[] }>('/api/bot/coaching'),
  retrain: () => request<{ articles: number; examples: number }>('POST', '/api/bot/retrain', {}),
};

export const kennisbankQueries = {
  lijst: (filter: ListFilter) => queryOptions({ queryKey: keys.artikelen(filter), queryFn: () => kennisbankApi.list(filter) }),
  overzicht: (id: string) => queryOptions({ queryKey: keys.artikel(id), queryFn: () => kennisbankApi.overview(id) }),
  coaching: () => queryOptions({ queryKey: keys.coaching(), queryFn: () => kennisbankApi.coaching() }),
};
