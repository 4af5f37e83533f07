import type { NotificatiesApiConfig } from '../config-gebeurtenissen.ts';
import { BronStoring, requestJson } from '../platform/http-client/bron-http.ts';
import { signZgwJwt } from '../platform/http-client/zgw-jwt.ts';

/**
 * The parts of the Notificaties API (standards/notificaties-openapi.yaml) Loket calls: kanalen,
 * its abonnement, and publishing. ZGW JWT (HS256) like the Zaken client. Any answer outside 2xx
 * throws a BronStoring with the status and the component's detail, so the caller retries.
 */
export interface Message {
  kanaal: string;
  source?: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: string;
  aanmaakdatum: string;
  kenmerken: Record<string, string>;
}

export interface Abonnement {
  url?: string;
  callbackUrl: string;
  auth: string;
  kanalen: { naam: string; filters: Record<string, string> }[];
}

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 2 * 1024 * 1024;
const LOKET = { id: 'loket', naam: 'Loket klantcontactcentrum' };

export class NotificatiesClient {
  constructor(private readonly config: NotificatiesApiConfig) {}

  async #call(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<unknown> {
    const response = await requestJson({
      url: `${this.config.url}${path}`,
      method,
      headers: { authorization: `Bearer ${signZgwJwt(this.config.clientId, this.config.secret, LOKET)}` },
      ...(body === undefined ? {} : { body }),
      timeoutMs: TIMEOUT_MS,
      maxBytes: MAX_BYTES,
    });
    if (response.status < 200 || response.status >= 300) {
      const detail = (response.body as { detail?: unknown } | null)?.detail;
      throw new BronStoring(
        'fout',
        `${method} ${path}: HTTP ${response.status}${typeof detail === 'string' ? ` (${detail.slice(0, 200)})` : ''}`,
      );
    }
    return response.body;
  }

  async kanaal(naam: string): Promise<{ url?: string; naam: string } | undefined> {
    const list = await this.#call('GET', `/kanaal?naam=${encodeURIComponent(naam)}`);
    return Array.isArray(list) ? (list as { naam: string }[]).find((k) => k.naam === naam) : undefined;
  }

  maakKanaal(kanaal: { naam: string; documentatieLink: string; filters: string[] }): Promise<unknown> {
    return this.#call('POST', '/kanaal', kanaal);
  }

  async abonnementen(): Promise<(Abonnement & { url: string })[]> {
    const list = await this.#call('GET', '/abonnement');
    return Array.isArray(list) ? (list as (Abonnement & { url: string })[]) : [];
  }

  maakAbonnement(abonnement: Abonnement): Promise<unknown> {
    return this.#call('POST', '/abonnement', abonnement);
  }

  /** PUT to the abonnement's own url, which the component gave it (its uuid is the last part). */
  wijzigAbonnement(url: string, abonnement: Abonnement): Promise<unknown> {
    const uuid = url.replace(/\/+$/, '').split('/').at(-1) ?? '';
    return this.#call('PUT', `/abonnement/${encodeURIComponent(uuid)}`, abonnement);
  }

  publiceer(message: Message): Promise<unknown> {
    return this.#call('POST', '/notificaties', message);
  }
}
