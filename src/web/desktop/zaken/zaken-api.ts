import { ApiError, get, query, request } from '../api/client.ts';
import { keys, queryOptions } from '../api/query.ts';
import type { Antwoord } from '../api/types.ts';

/**
 * Cases (zaken) of a partij from the Zaken API, with what each status means from Catalogi, as
 * Loket's server hands them over (src/backoffice/). The server asks every zaken source; a source
 * that did not answer is listed in `ontbrekend`, so the desktop never presents part as the whole.
 */
export type Zaken = Antwoord<'/api/partijen/{id}/zaken'>;
export type Zaak = Zaken['zaken'][number];
export type ZaakStatus = NonNullable<Zaak['status']>;
/** A source that did not answer, and why. */
export type Ontbrekend = Zaken['ontbrekend'][number];
export type OntbrekendReden = Ontbrekend['reden'];

/** Why there is no list to show: no zaaksysteem connected, or this medewerker may not see it here. */
export type GeenZaken = { geen: 'bron' | 'toegang' | 'verificatie' };

/** The answers that are not failures but a state the panel explains (409 no source, 403). */
export function geenZaken(error: unknown): GeenZaken | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'LOKET_BRON_NIET_INGESTELD') return { geen: 'bron' };
  if (error.code === 'LOKET_NIET_GEVERIFIEERD') return { geen: 'verificatie' };
  if (error.status === 403) return { geen: 'toegang' };
  return undefined;
}

const enc = encodeURIComponent;

export const zakenApi = {
  /** With `gesprekId` the server checks the citizen of that gesprek is verified. */
  zaken: (partijId: string, gesprekId?: string) =>
    get<Zaken>(`/api/partijen/${enc(partijId)}/zaken${query({ gesprek: gesprekId })}`).catch((e: unknown): GeenZaken => {
      const geen = geenZaken(e);
      if (geen) return geen;
      throw e;
    }),
  historie: (partijId: string, zaakUrl: string, gesprekId?: string) =>
    get<{ statussen: ZaakStatus[] }>(`/api/partijen/${enc(partijId)}/zaken/historie${query({ url: zaakUrl, gesprek: gesprekId })}`),
  koppel: (klantcontactId: string, zaak: Pick<Zaak, 'bron' | 'url'>) =>
    request<unknown>('POST', `/api/klantcontacten/${enc(klantcontactId)}/zaken`, { bron: zaak.bron, zaakUrl: zaak.url }),
};

export const zakenQueries = {
  zaken: (partijId: string, gesprekId?: string) =>
    queryOptions({ queryKey: keys.zaken(partijId, gesprekId), queryFn: () => zakenApi.zaken(partijId, gesprekId) }),
  historie: (partijId: string, zaakUrl: string, gesprekId?: string) =>
    queryOptions({
      queryKey: keys.zaakHistorie(partijId, zaakUrl, gesprekId),
      queryFn: () => zakenApi.historie(partijId, zaakUrl, gesprekId),
    }),
};
