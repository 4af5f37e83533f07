import { get, request } from '../../api/client.ts';
import { keys, queryOptions } from '../../api/query.ts';
import type { Antwoord, Invoer } from '../../api/types.ts';

/** Web forms (src/channels/formulieren/): each a JSON Schema the server checks and serves as a page. */
export type Formulier = Antwoord<'/api/formulieren'>['results'][number];
export type NieuwFormulier = Invoer<'/api/formulieren'>;
export type FormulierWijziging = Invoer<'/api/formulieren/{id}', 'put'>;

const enc = encodeURIComponent;

export const formulierenApi = {
  lijst: () => get<Antwoord<'/api/formulieren'>>('/api/formulieren').then((r) => r.results),
  maak: (invoer: NieuwFormulier) => request<unknown>('POST', '/api/formulieren', invoer),
  wijzig: (id: string, invoer: FormulierWijziging) => request<unknown>('PUT', `/api/formulieren/${enc(id)}`, invoer),
  /** The citizen's page: to open, link to or embed. */
  paginaUrl: (id: string) => `/formulieren/${enc(id)}`,
};

export const formulierenQueries = {
  lijst: () => queryOptions({ queryKey: keys.formulieren(), queryFn: formulierenApi.lijst }),
};
