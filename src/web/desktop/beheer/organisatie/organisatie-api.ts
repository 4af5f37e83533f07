import { get, request } from '../../api/client.ts';
import { keys, queryOptions } from '../../api/query.ts';
import type { Antwoord, Invoer } from '../../api/types.ts';
import { medewerkersQueries } from '../medewerkers/medewerkers-api.ts';

export type { BeheerTeam } from '../medewerkers/medewerkers-api.ts';
export type Afdeling = Antwoord<'/api/beheer/afdelingen'>['results'][number];
export type AfdelingInvoer = Invoer<'/api/beheer/afdelingen'>;
export type TeamWerktijd = Invoer<'/api/werktijd/teams/{id}', 'put'>;

const enc = encodeURIComponent;

export const organisatieApi = {
  maakTeam: (naam: string) => request<Antwoord<'/api/beheer/teams', 'post'>>('POST', '/api/beheer/teams', { naam }),
  hernoemTeam: (id: string, naam: string) =>
    request<Antwoord<'/api/beheer/teams/{id}', 'put'>>('PUT', `/api/beheer/teams/${enc(id)}`, { naam }),
  verwijderTeam: (id: string) => request<void>('DELETE', `/api/beheer/teams/${enc(id)}`),
  werktijd: (teamId: string, invoer: TeamWerktijd) => request<void>('PUT', `/api/werktijd/teams/${enc(teamId)}`, invoer),
  afdelingen: () => get<Antwoord<'/api/beheer/afdelingen'>>('/api/beheer/afdelingen').then((r) => r.results),
  maakAfdeling: (invoer: AfdelingInvoer) => request<Afdeling>('POST', '/api/beheer/afdelingen', invoer),
  wijzigAfdeling: (id: string, invoer: AfdelingInvoer) => request<Afdeling>('PUT', `/api/beheer/afdelingen/${enc(id)}`, invoer),
};

export const organisatieQueries = {
  teams: medewerkersQueries.teams,
  afdelingen: () => queryOptions({ queryKey: keys.afdelingen(), queryFn: organisatieApi.afdelingen }),
};
