import type { Backoffice } from '../backoffice.ts';
import type { ZakenBron } from '../bronnen/bron.ts';
import { BronStoring, requestJson } from '../../platform/http-client/bron-http.ts';
import { signZgwJwt } from '../../platform/http-client/zgw-jwt.ts';
import { spec } from '../specs.ts';

/**
 * One zaaksysteem (Zaken + Catalogi API) as Loket asks it during one request: narrowly (no
 * expand), within one deadline for the whole source, following only links on the source's own
 * hosts (the JWT goes nowhere else), and reading only answers that match the specification.
 */
export interface ZaakRuw {
  url: string;
  uuid: string;
  identificatie?: string;
  omschrijving?: string;
  zaaktype: string;
  startdatum: string;
  einddatum: string | null;
  einddatumGepland?: string | null;
  uiterlijkeEinddatumAfdoening?: string | null;
  status: string | null;
}

export interface StatusRuw {
  url: string;
  statustype: string;
  datumStatusGezet: string;
  statustoelichting?: string;
}

const ZAAK_FIELDS = [
  'url',
  'uuid',
  'identificatie',
  'omschrijving',
  'zaaktype',
  'startdatum',
  'einddatum',
  'einddatumGepland',
  'uiterlijkeEinddatumAfdoening',
  'status',
];
const STATUS_FIELDS = ['url', 'statustype', 'datumStatusGezet', 'statustoelichting'];
const ROL_FIELDS = ['url', 'zaak', 'betrokkeneType'];
const CRS = { 'accept-crs': 'EPSG:4326', 'content-crs': 'EPSG:4326' };
type Json = Record<string, unknown>;

const page = (items: Json) => ({
  type: 'object',
  required: ['results'],
  properties: { count: { type: 'integer' }, next: { type: 'string', format: 'uri', nullable: true }, results: { type: 'array', items } },
});

/** Loads the specifications before a deadline starts: parsing them (once per process) is not the source's slowness. */
let warm = false;
export function zgwSpecs(): void {
  if (warm) return;
  // Compiling the checks once here keeps it out of the first request's deadline.
  const zaken = spec('zaken');
  const catalogi = spec('catalogi');
  for (const schema of [
    page(zaken.narrow('Zaak', ZAAK_FIELDS)),
    zaken.narrow('Zaak', ZAAK_FIELDS),
    page(zaken.narrow('Status', STATUS_FIELDS)),
    zaken.narrow('Status', STATUS_FIELDS),
  ])
    zaken.validator.validate(schema, {}, 'response');
  zaken.validator.validate(page(zaken.narrow('Rol', ROL_FIELDS)), {}, 'response');
  for (const component of ['ZaakType', 'StatusType'])
    catalogi.validator.validate(catalogi.narrow(component, ['url', 'omschrijving']), {}, 'response');
  catalogi.validator.validate(page({ type: 'object' }), {}, 'response');
  warm = true;
}

export class ZgwClient {
  readonly #token: string;

  constructor(
    private readonly bo: Backoffice,
    readonly bron: ZakenBron,
    user: { id: string; naam: string },
    private readonly deadline: number,
  ) {
    this.#token = signZgwJwt(bron.instellingen.clientId, bron.geheimen.secret ?? '', user);
  }

  async #send(
    url: string,
    api: 'zaken' | 'catalogi',
    method: 'GET' | 'POST' = 'GET',
    body?: unknown,
  ): Promise<{ status: number; body: unknown }> {
    const base = new URL(api === 'zaken' ? this.bron.instellingen.zakenApiUrl : this.bron.instellingen.catalogiApiUrl);
    if (new URL(url).origin !== base.origin)
      throw new BronStoring('ongeldig-antwoord', `verwijzing buiten de bron: ${new URL(url).origin}`);
    const timeoutMs = Math.round(this.deadline - performance.now());
    if (timeoutMs <= 0) throw new BronStoring('timeout', 'tijd voor deze bron is op');
    return requestJson({
      url,
      method,
      body,
      timeoutMs,
      maxBytes: this.bo.options.maxBytes,
      headers: { authorization: `Bearer ${this.#token}`, ...(api === 'zaken' ? CRS : {}) },
    });
  }

  async #get(url: string, api: 'zaken' | 'catalogi', schema: Json, what: string): Promise<unknown> {
    const response = await this.#send(url, api);
    if (response.status !== 200) throw new BronStoring('fout', `HTTP ${response.status} op ${what}`);
    const problems = spec(api).validator.validate(schema, response.body, 'response');
    if (problems.length > 0) throw new BronStoring('ongeldig-antwoord', `${what} buiten de specificatie: ${problems[0]}`);
    return response.body;
  }

  async #pages<T>(first: string, items: Json, what: string): Promise<T[]> {
    const found: T[] = [];
    let next: string | null = first;
    for (let n = 0; next && n < this.bo.options.maxPages; n++) {
      const body = (await this.#get(next, 'zaken', page(items), what)) as { next?: string | null; results: T[] };
      found.push(...body.results);
      next = body.next ?? null;
    }
    return found;
  }

  /** The zaken in which a person or organisation has a role, by one rol__betrokkeneIdentificatie filter. */
  zaken(filter: string, waarde: string): Promise<ZaakRuw[]> {
    const url = new URL(`${this.bron.instellingen.zakenApiUrl}/zaken`);
    url.searchParams.set(filter, waarde);
    url.searchParams.set('page', '1');
    return this.#pages<ZaakRuw>(url.toString(), spec('zaken').narrow('Zaak', ZAAK_FIELDS), 'zakenlijst');
  }

  async zaak(url: string): Promise<ZaakRuw> {
    return (await this.#get(url, 'zaken', spec('zaken').narrow('Zaak', ZAAK_FIELDS), 'zaak')) as ZaakRuw;
  }

  async status(url: string): Promise<StatusRuw> {
    return (await this.#get(url, 'zaken', spec('zaken').narrow('Status', STATUS_FIELDS), 'status')) as StatusRuw;
  }

  statussen(zaakUrl: string): Promise<StatusRuw[]> {
    const url = new URL(`${this.bron.instellingen.zakenApiUrl}/statussen`);
    url.searchParams.set('zaak', zaakUrl);
    url.searchParams.set('page', '1');
    return this.#pages<StatusRuw>(url.toString(), spec('zaken').narrow('Status', STATUS_FIELDS), 'statussen');
  }

  /** The BSNs of the natural persons with a role in a zaak: whom a proactive message about the zaak concerns. */
  async bsnsVanZaak(zaakUrl: string): Promise<string[]> {
    const url = new URL(`${this.bron.instellingen.zakenApiUrl}/rollen`);
    url.searchParams.set('zaak', zaakUrl);
    url.searchParams.set('betrokkeneType', 'natuurlijk_persoon');
    url.searchParams.set('page', '1');
    const rollen = await this.#pages<{ betrokkeneIdentificatie?: { inpBsn?: unknown } }>(
      url.toString(),
      spec('zaken').narrow('Rol', ROL_FIELDS),
      'rollen',
    );
    const bsns = rollen
      .map((r) => r.betrokkeneIdentificatie?.inpBsn)
      .filter((b): b is string => typeof b === 'string' && /^\d{9}$/.test(b));
    return [...new Set(bsns)];
  }

  /** omschrijving of a zaaktype or statustype; the catalogue changes rarely, so it is kept for an hour. */
  async omschrijving(url: string, component: 'ZaakType' | 'StatusType'): Promise<string> {
    const key = `${this.bron.id}@${this.bron.versie}|${url}`;
    const cached = this.bo.catalogiCache.get(key);
    if (typeof cached === 'string') return cached;
    const body = (await this.#get(
      url,
      'catalogi',
      spec('catalogi').narrow(component, ['url', 'omschrijving']),
      component.toLowerCase(),
    )) as { omschrijving: string };
    this.bo.catalogiCache.set(key, body.omschrijving);
    return body.omschrijving;
  }

  /** The first page of zaaktypen: the connection test's proof that the Catalogi API answers. */
  async zaaktypen(): Promise<void> {
    const url = new URL(`${this.bron.instellingen.catalogiApiUrl}/zaaktypen`);
    url.searchParams.set('page', '1');
    await this.#get(url.toString(), 'catalogi', page({ type: 'object' }), 'zaaktypen');
  }

  /** Registers the klantcontact on the zaak (zaakcontactmoment); false when the source refused. */
  async zaakcontactmoment(zaakUrl: string, contactmomentUrl: string): Promise<boolean> {
    const response = await this.#send(`${this.bron.instellingen.zakenApiUrl}/zaakcontactmomenten`, 'zaken', 'POST', {
      zaak: zaakUrl,
      contactmoment: contactmomentUrl,
    });
    return response.status === 201;
  }
}
