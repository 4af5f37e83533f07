import { get, request } from '../../api/client.ts';
import { keys, queryOptions } from '../../api/query.ts';
import type { Antwoord, Invoer } from '../../api/types.ts';

/**
 * The messaging channels' connections (src/channels/koppelingen/). Secrets go in and never come
 * back: the server only says per secret whether it is set.
 */
export type Kanaal = Antwoord<'/api/kanalen'>['results'][number];
export type KanaalInvoer = Invoer<'/api/kanalen'>;
export type KanaalWijziging = Invoer<'/api/kanalen/{id}', 'patch'>;
export type KanaalTestUitslag = Antwoord<'/api/kanalen/{id}/test', 'post'>;

const enc = encodeURIComponent;

export const kanalenApi = {
  lijst: () => get<{ results: Kanaal[] }>('/api/kanalen').then((r) => r.results),
  maak: (invoer: KanaalInvoer) => request<Kanaal>('POST', '/api/kanalen', invoer),
  wijzig: (id: string, wijziging: KanaalWijziging) => request<Kanaal>('PATCH', `/api/kanalen/${enc(id)}`, wijziging),
  test: (id: string) => request<KanaalTestUitslag>('POST', `/api/kanalen/${enc(id)}/test`, {}),
};

export const kanalenQueries = {
  lijst: () => queryOptions({ queryKey: keys.kanalen(), queryFn: kanalenApi.lijst }),
};
