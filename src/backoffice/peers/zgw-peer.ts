import type { OpenApiOperation } from '../../platform/openapi/openapi-schemas.ts';
import { verifyZgwJwt } from '../../platform/http-client/zgw-jwt.ts';
import { spec, type SpecNaam } from '../specs.ts';
import { SpecPeer, type PeerReply, type PeerRequest } from './spec-peer.ts';
import { buildResources, uuidVan, type PeerZaak, type ZgwResources } from './zgw-data.ts';

/**
 * A zaaksysteem as Open Zaak serves it: the Zaken API under /zaken/api/v1 and the Catalogi API
 * under /catalogi/api/v1, the parts Loket calls, with ZGW JWT authentication (HS256).
 */
export const ZAKEN_PREFIX = '/zaken/api/v1';
export const CATALOGI_PREFIX = '/catalogi/api/v1';
const PAGE_SIZE = 100;

export interface ZgwPeerOptions {
  clientId: string;
  secret: string;
  zaken: PeerZaak[];
  /** Zaken per page (Open Zaak: 100); smaller to test paging. */
  pageSize?: number;
}

interface Match {
  api: SpecNaam;
  template: string;
  op: OpenApiOperation;
  params: Record<string, string>;
}

function match(api: SpecNaam, method: string, path: string): Match | undefined {
  const paths = spec(api).doc.paths;
  const templates = Object.keys(paths).sort((a, b) => a.split('{').length - b.split('{').length);
  for (const template of templates) {
    const names: string[] = [];
    const re = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_m, name: string) => (names.push(name), '([^/]+)'))}$`);
    const found = re.exec(path);
    const op = paths[template]?.[method.toLowerCase()];
    if (found && op) return { api, template, op, params: Object.fromEntries(names.map((n, i) => [n, found[i + 1] as string])) };
  }
  return undefined;
}

export class ZgwPeer extends SpecPeer {
  res: ZgwResources = { zaken: [], betrokkenen: new Map(), statussen: [], zaaktypen: [], statustypen: [] };
  readonly zaakcontactmomenten: { zaak: string; contactmoment: string }[] = [];

  constructor(private readonly options: ZgwPeerOptions) {
    super();
  }

  get zakenApiUrl(): string {
    return `${this.url}${ZAKEN_PREFIX}`;
  }

  get catalogiApiUrl(): string {
    return `${this.url}${CATALOGI_PREFIX}`;
  }

  protected onStart(): void {
    this.res = buildResources(this.zakenApiUrl, this.catalogiApiUrl, this.options.zaken);
  }

  #route(req: PeerRequest): Match | undefined {
    if (req.path.startsWith(ZAKEN_PREFIX)) return match('zaken', req.method, req.path.slice(ZAKEN_PREFIX.length));
    if (req.path.startsWith(CATALOGI_PREFIX)) return match('catalogi', req.method, req.path.slice(CATALOGI_PREFIX.length));
    return undefined;
  }

  protected unauthorised(req: PeerRequest): string | undefined {
    const header = String(req.headers.authorization ?? '');
    const claims = header.startsWith('Bearer ') ? verifyZgwJwt(header.slice(7), this.options.secret) : undefined;
    if (!claims) return 'geen geldige JWT';
    if (claims.client_id !== this.options.clientId || claims.iss !== this.options.clientId) return 'onbekende client_id';
    if (typeof claims.iat !== 'number' || !claims.user_id || !claims.user_representation)
      return 'claims iat, user_id en user_representation zijn verplicht';
    return undefined;
  }

  protected requestProblems(req: PeerRequest): string[] {
    const found = this.#route(req);
    if (!found) return [`${req.method} ${req.path} bestaat niet in de specificatie`];
    const { validator } = spec(found.api);
    const problems: string[] = [];
    const known = new Set<string>();
    for (const p of found.op.parameters ?? []) {
      const raw =
        p.in === 'query'
          ? req.query.get(p.name)
          : p.in === 'header'
            ? req.headers[p.name.toLowerCase()]
            : p.in === 'path'
              ? found.params[p.name]
              : undefined;
      if (p.in === 'query') known.add(p.name);
      if (raw === undefined || raw === null) {
        if (p.required) problems.push(`${p.in}-parameter ${p.name} ontbreekt`);
        continue;
      }
      const value = p.schema?.type === 'integer' ? Number(raw) : raw;
      problems.push(...validator.validate(p.schema ?? {}, value, 'request').map((x) => `${p.name}${x}`));
    }
    for (const name of req.query.keys()) if (!known.has(name)) problems.push(`onbekende queryparameter ${name}`);
    if (req.query.has('expand')) problems.push('Loket vraagt smal: geen expand');
    const bodySchema = found.op.requestBody?.content?.['application/json']?.schema;
    if (bodySchema) problems.push(...validator.validate(bodySchema, req.body, 'request').map((x) => `body${x}`));
    return problems;
  }

  protected hugeBody(): unknown {
    const zaak = this.res.zaken[0] ?? {};
    // About 3 MB: past Loket's 2 MB cap, small enough not to stall the peer's own process.
    return { count: 3_000, next: null, previous: null, results: Array.from({ length: 3_000 }, () => zaak) };
  }

  #page<T>(items: T[], req: PeerRequest, component: string): PeerReply {
    const size = this.options.pageSize ?? PAGE_SIZE;
    const page = Number(req.query.get('page') ?? '1');
    const next = new URL(`${this.url}${req.path}`);
    req.query.forEach((v, k) => next.searchParams.set(k, v));
    next.searchParams.set('page', String(page + 1));
    const previous = new URL(next);
    previous.searchParams.set('page', String(page - 1));
    return {
      status: 200,
      body: {
        count: items.length,
        next: page * size < items.length ? next.toString() : null,
        previous: page > 1 ? previous.toString() : null,
        results: items.slice((page - 1) * size, page * size),
      },
      schema: { spec: 'zaken', component },
    };
  }

  protected handle(req: PeerRequest): PeerReply {
    const found = this.#route(req) as Match;
    const { res } = this;
    const one = <T extends { uuid: string }>(list: T[], api: SpecNaam, component: string): PeerReply => {
      const item = list.find((x) => x.uuid === found.params.uuid);
      return item
        ? { status: 200, body: item, schema: { spec: api, component } }
        : { status: 404, body: { title: 'Niet gevonden', status: 404 } };
    };
    switch (`${found.api} ${req.method} ${found.template}`) {
      case 'zaken GET /zaken': {
        const q = req.query;
        const zaken = res.zaken.filter((z) => {
          const b = res.betrokkenen.get(z.url);
          if (
            q.has('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn') &&
            b?.bsn !== q.get('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn')
          )
            return false;
          if (
            q.has('rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId') &&
            b?.innNnpId !== q.get('rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId')
          )
            return false;
          if (
            q.has('rol__betrokkeneIdentificatie__vestiging__vestigingsNummer') &&
            b?.vestigingsnummer !== q.get('rol__betrokkeneIdentificatie__vestiging__vestigingsNummer')
          )
            return false;
          return true;
        });
        return this.#page(zaken, req, 'PaginatedZaakList');
      }
      case 'zaken GET /zaken/{uuid}':
        return one(res.zaken, 'zaken', 'Zaak');
      case 'zaken GET /statussen':
        return this.#page(
          res.statussen.filter((s) => !req.query.has('zaak') || s.zaak === req.query.get('zaak')),
          req,
          'PaginatedStatusList',
        );
      case 'zaken GET /statussen/{uuid}':
        return one(res.statussen, 'zaken', 'Status');
      case 'zaken GET /rollen': {
        // The natural persons of each zaak as initiator: whom a proactive message about it reaches.
        const rollen = res.zaken
          .filter((z) => (!req.query.has('zaak') || z.url === req.query.get('zaak')) && res.betrokkenen.get(z.url)?.bsn)
          .filter(() => !req.query.has('betrokkeneType') || req.query.get('betrokkeneType') === 'natuurlijk_persoon')
          .map((z) => {
            const uuid = uuidVan(`rol:${z.url}`);
            return {
              url: `${this.zakenApiUrl}/rollen/${uuid}`,
              uuid,
              zaak: z.url,
              betrokkeneType: 'natuurlijk_persoon',
              afwijkendeNaamBetrokkene: '',
              roltype: `${this.catalogiApiUrl}/roltypen/${uuidVan('roltype:initiator')}`,
              omschrijving: 'Aanvrager',
              omschrijvingGeneriek: 'initiator',
              roltoelichting: 'Aanvrager',
              registratiedatum: `${String(z.startdatum)}T09:00:00Z`,
              indicatieMachtiging: '',
              statussen: [],
              betrokkeneIdentificatie: { inpBsn: res.betrokkenen.get(z.url)?.bsn },
            };
          });
        return this.#page(rollen, req, 'PaginatedRolList');
      }
      case 'zaken POST /zaakcontactmomenten': {
        const body = req.body as { zaak: string; contactmoment: string };
        if (!res.zaken.some((z) => z.url === body.zaak)) return { status: 400, body: { title: 'Onbekende zaak', status: 400 } };
        this.zaakcontactmomenten.push(body);
        const uuid = uuidVan(`zcm:${body.zaak}:${body.contactmoment}`);
        return {
          status: 201,
          body: { url: `${this.zakenApiUrl}/zaakcontactmomenten/${uuid}`, uuid, ...body },
          schema: { spec: 'zaken', component: 'ZaakContactMoment' },
        };
      }
      case 'catalogi GET /zaaktypen':
        return { ...this.#page(res.zaaktypen, req, 'ZaakType'), schema: undefined };
      case 'catalogi GET /zaaktypen/{uuid}':
        return one(res.zaaktypen, 'catalogi', 'ZaakType');
      case 'catalogi GET /statustypen/{uuid}':
        return one(res.statustypen, 'catalogi', 'StatusType');
      default:
        return { status: 405, body: { title: 'Niet ondersteund door deze peer', status: 405 } };
    }
  }
}
