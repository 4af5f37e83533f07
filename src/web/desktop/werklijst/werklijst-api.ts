import { get, query, request } from '../api/client.ts';
import { keys, queryOptions } from '../api/query.ts';
import type { Antwoord } from '../api/types.ts';

/** An interne taak as the werklijst gets it (GET /api/interne-taken), with its term in working days. */
export type Taak = Antwoord<'/api/interne-taken'>['results'][number];

export type TaakDetail = Antwoord<'/api/interne-taken/{id}'>;
export type Notitie = TaakDetail['notities'][number];
export type Voor = 'mij' | 'team' | 'afdeling';

const url = (id: string, actie = '') => `/api/interne-taken/${id}${actie}`;

export const werklijstApi = {
  lijst: (voor: Voor, alleenOpen: boolean) =>
    get<{ results: Taak[] }>(`/api/interne-taken${query({ voor, status: alleenOpen ? 'te_verwerken' : undefined })}`).then(
      (r) => r.results,
    ),
  taak: (id: string) => get<TaakDetail>(url(id)),
  claimen: (id: string) => request<TaakDetail>('POST', url(id, '/claimen'), {}),
  doorsturen: (id: string, actorId: string, toelichting?: string) =>
    request<TaakDetail>('POST', url(id, '/doorsturen'), { actorId, ...(toelichting ? { toelichting } : {}) }),
  notitie: (id: string, tekst: string) => request<TaakDetail>('POST', url(id, '/notities'), { tekst }),
  afsluiten: (id: string, antwoord: string) => request<TaakDetail>('POST', url(id, '/afsluiten'), { antwoord }),
  heropenen: (id: string) => request<TaakDetail>('POST', url(id, '/heropenen'), {}),
  /** The citizen behind the task, for the link to their tijdlijn (only when the role may see it). */
  partijVan: (klantcontactId: string) =>
    get<{ betrokkenen?: { partijId: string | null }[] }>(`/api/klantcontacten/${klantcontactId}`).then(
      (k) => k.betrokkenen?.find((b) => b.partijId)?.partijId ?? null,
    ),
};

/** Open and late tasks per afdeling, for the team lead's coordination section. */
export interface AfdelingRij {
  afdelingId: string | null;
  afdeling: string | null;
  open: number;
  teLaat: number;
  gemiddeldVerstrekenWerkdagen: number;
  gemiddeldeTermijnWerkdagen: number;
}

export const werklijstQueries = {
  lijst: (voor: Voor, alleenOpen: boolean) =>
    queryOptions({ queryKey: keys.takenLijst(voor, alleenOpen), queryFn: () => werklijstApi.lijst(voor, alleenOpen) }),
  taak: (id: string) => queryOptions({ queryKey: keys.taak(id), queryFn: () => werklijstApi.taak(id) }),
  /** The server decides by role whether the citizen may be shown; a refusal just hides the link. */
  partijVan: (klantcontactId: string) =>
    queryOptions({ queryKey: keys.taakPartij(klantcontactId), queryFn: () => werklijstApi.partijVan(klantcontactId), retry: false }),
  coordinatie: () =>
    queryOptions({
      queryKey: keys.coordinatie(),
      queryFn: () => get<{ afdelingen: AfdelingRij[] }>('/api/interne-taken/coordinatie').then((r) => r.afdelingen),
    }),
};
