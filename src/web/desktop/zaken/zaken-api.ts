import { ApiError, get, query, request } from '../api/client.ts';

/**
 * Cases (zaken) of a partij from the Zaken API, with what each status means from Catalogi, as
 * Loket's server hands them over (src/backoffice/). The server asks every zaken source; a source
 * that did not answer is listed in `ontbrekend`, so the desktop never presents part as the whole.
 */
export interface ZaakStatus {
  omschrijving: string;
  /** Why the case is where it is: the answer to the citizen's question. */
  toelichting: string | null;
  datumStatusGezet: string | null;
}

export interface Zaak {
  /** The source's name as the beheerder gave it ("Demo-zaaksysteem"). */
  bron: string;
  url: string;
  identificatie: string;
  omschrijving: string | null;
  zaaktype: { omschrijving: string };
  status: ZaakStatus | null;
  statussen: unknown[];
  startdatum: string | null;
  einddatumGepland: string | null;
  uiterlijkeEinddatumAfdoening: string | null;
  /** Set when the case is finished. */
  einddatum: string | null;
  teLaat: boolean;
}

export type OntbrekendReden = 'timeout' | 'fout' | 'ongeldig-antwoord' | 'uit';

export interface Ontbrekend {
  bron: string;
  reden: OntbrekendReden;
}

export interface Zaken {
  zaken: Zaak[];
  ontbrekend: Ontbrekend[];
}

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
  koppel: (klantcontactId: string, zaak: Pick<Zaak, 'bron' | 'url'>) => request<unknown>('POST', `/api/klantcontacten/${enc(klantcontactId)}/zaken`, { bron: zaak.bron, zaakUrl: zaak.url }),
};
