import { get, request } from '../../api/client.ts';
import { keys, queryOptions } from '../../api/query.ts';
import type { Antwoord, Invoer } from '../../api/types.ts';

/** A rule on events as the server lists it (GET /api/beheer/regels), with its latest outcomes. */
export type Regel = Antwoord<'/api/beheer/regels'>['regels'][number];
export type RegelInvoer = Invoer<'/api/beheer/regels'>;
export type RegelActie = RegelInvoer['acties'][number];
export type Voorwaarde = NonNullable<RegelInvoer['match']['voorwaarden']>[number];
export type Proef = Antwoord<'/api/beheer/regels/{id}/proef', 'post'>;
export type Gebeurtenis = Antwoord<'/api/beheer/gebeurtenissen'>['gebeurtenissen'][number];
export type SoortTelling = Antwoord<'/api/beheer/gebeurtenissen/soorten'>['soorten'][number];

const pad = (id: string) => `/api/beheer/regels/${encodeURIComponent(id)}`;

export const regelsApi = {
  lijst: () => get<Antwoord<'/api/beheer/regels'>>('/api/beheer/regels').then((r) => r.regels),
  maak: (invoer: RegelInvoer) => request<Regel>('POST', '/api/beheer/regels', invoer),
  wijzig: ({ id, invoer }: { id: string; invoer: RegelInvoer }) => request<Regel>('PUT', pad(id), invoer),
  verwijder: (id: string) => request<void>('DELETE', pad(id)),
  proef: ({ id, aantal }: { id: string; aantal: number }) => request<Proef>('POST', `${pad(id)}/proef`, { aantal }),
  gebeurtenissen: () => get<Antwoord<'/api/beheer/gebeurtenissen'>>('/api/beheer/gebeurtenissen?limit=20').then((r) => r.gebeurtenissen),
  soorten: () => get<Antwoord<'/api/beheer/gebeurtenissen/soorten'>>('/api/beheer/gebeurtenissen/soorten').then((r) => r.soorten),
};

export const regelsQueries = {
  lijst: () => queryOptions({ queryKey: keys.regels(), queryFn: regelsApi.lijst }),
  gebeurtenissen: () => queryOptions({ queryKey: keys.gebeurtenissen(), queryFn: regelsApi.gebeurtenissen }),
  soorten: () => queryOptions({ queryKey: [...keys.gebeurtenissen(), 'soorten'], queryFn: regelsApi.soorten }),
};
