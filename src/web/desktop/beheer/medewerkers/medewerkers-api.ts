import { get, request } from '../../api/client.ts';
import { keys, queryOptions } from '../../api/query.ts';
import type { Antwoord, Invoer } from '../../api/types.ts';

/** A medewerker as the beheerder sees them (GET /api/medewerkers): roles, teams, whether active. */
export type BeheerMedewerker = Antwoord<'/api/medewerkers'>['results'][number];
export type NieuweMedewerker = Invoer<'/api/medewerkers'>;
export type MedewerkerWijziging = Invoer<'/api/medewerkers/{id}', 'put'>;
export type BeheerTeam = Antwoord<'/api/beheer/teams'>['results'][number];

export const medewerkersApi = {
  lijst: () => get<Antwoord<'/api/medewerkers'>>('/api/medewerkers').then((r) => r.results),
  maak: (invoer: NieuweMedewerker) => request<BeheerMedewerker>('POST', '/api/medewerkers', invoer),
  wijzig: (id: string, invoer: MedewerkerWijziging) =>
    request<BeheerMedewerker>('PUT', `/api/medewerkers/${encodeURIComponent(id)}`, invoer),
  teams: () => get<Antwoord<'/api/beheer/teams'>>('/api/beheer/teams').then((r) => r.results),
};

export const medewerkersQueries = {
  lijst: () => queryOptions({ queryKey: keys.medewerkers(), queryFn: medewerkersApi.lijst }),
  teams: () => queryOptions({ queryKey: keys.teams(), queryFn: medewerkersApi.teams }),
};
