import { get, request } from '../api/client.ts';
import type { Antwoord, Invoer } from '../api/types.ts';

/**
 * Connections to back-office systems ("bronnen"): the BRP and zaaksystemen (Zaken + Catalogi),
 * as the server keeps them (src/backoffice/). Secrets go in and never come back out: the server
 * only says which are set. Sources from the environment are read-only here.
 */
export type BronSoort = 'brp' | 'zaken';
export type Authenticatie = 'api-key' | 'oauth2' | 'certificaat';

export interface BrpInstellingen {
  apiUrl: string;
  authenticatie: Authenticatie;
  tokenUrl?: string;
  clientId?: string;
  scope?: string;
  /** PEM of the client certificate; the private key is the secret `sleutel`. */
  certificaat?: string;
  extraHeaders?: Record<string, string>;
  /** Why the municipality may ask: sent with every question and logged. */
  doelbinding?: string;
  timeoutMs?: number;
}

export interface ZakenInstellingen {
  zakenApiUrl: string;
  catalogiApiUrl: string;
  clientId: string;
  register?: string;
  timeoutMs?: number;
}

export type Instellingen = BrpInstellingen | ZakenInstellingen;

/**
 * A source as GET /api/beheer/bronnen lists it. The server documents `instellingen` as a free object
 * (its fields differ per soort); the desktop reads it as the settings of either soort.
 */
export type Bron = Omit<Antwoord<'/api/beheer/bronnen'>['bronnen'][number], 'instellingen'> & {
  instellingen: Partial<BrpInstellingen & ZakenInstellingen>;
};

/** What the form sends; only the secrets the beheerder typed: one left out keeps its stored value. */
export type BronInvoer = Invoer<'/api/beheer/bronnen'>;

export type TestUitslag = Antwoord<'/api/beheer/bronnen/{id}/test', 'post'>;

const enc = encodeURIComponent;

export const bronnenApi = {
  lijst: () => get<{ bronnen: Bron[] }>('/api/beheer/bronnen'),
  maak: (invoer: BronInvoer) => request<Bron>('POST', '/api/beheer/bronnen', invoer),
  wijzig: (id: string, invoer: BronInvoer) => request<Bron>('PUT', `/api/beheer/bronnen/${enc(id)}`, invoer),
  verwijder: (id: string) => request<void>('DELETE', `/api/beheer/bronnen/${enc(id)}`),
  test: (id: string) => request<TestUitslag>('POST', `/api/beheer/bronnen/${enc(id)}/test`, {}),
};
