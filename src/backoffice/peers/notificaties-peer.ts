import { randomUUID } from 'node:crypto';
import { verifyZgwJwt } from '../../platform/http-client/zgw-jwt.ts';
import { spec } from '../specs.ts';
import { SpecPeer, type PeerReply, type PeerRequest } from './spec-peer.ts';

/**
 * A Notificaties component as Open Notificaties serves it (standards/notificaties-openapi.yaml):
 * kanalen, abonnementen and publishing, with ZGW JWT. Every request body is checked against the
 * specification, and, as the component does, a notificatie must name a registered kanaal and
 * carry only kenmerken that kanaal declared; an abonnement only registered kanalen.
 */
export interface PeerKanaal {
  url: string;
  naam: string;
  documentatieLink?: string;
  filters: string[];
}

export interface PeerAbonnement {
  url: string;
  callbackUrl: string;
  auth: string;
  kanalen: { naam: string; filters?: Record<string, string> }[];
}

const PREFIX = '/api/v1';
const ROUTES: { method: string; re: RegExp; template: string }[] = [
  { method: 'GET', re: /^\/kanaal$/, template: '/kanaal' },
  { method: 'POST', re: /^\/kanaal$/, template: '/kanaal' },
  { method: 'GET', re: /^\/abonnement$/, template: '/abonnement' },
  { method: 'POST', re: /^\/abonnement$/, template: '/abonnement' },
  { method: 'PUT', re: /^\/abonnement\/[0-9a-f-]{36}$/, template: '/abonnement/{uuid}' },
  { method: 'POST', re: /^\/notificaties$/, template: '/notificaties' },
];

const fout = (status: number, detail: string): PeerReply => ({
  status,
  body: { type: 'about:blank', code: 'invalid', title: 'Ongeldig verzoek', status, detail, instance: `urn:uuid:${randomUUID()}` },
});

export class NotificatiesPeer extends SpecPeer {
  readonly kanalen: PeerKanaal[] = [];
  readonly abonnementen: PeerAbonnement[] = [];
  /** Every notificatie accepted, in order of arrival. */
  readonly notificaties: Record<string, unknown>[] = [];

  constructor(private readonly options: { clientId: string; secret: string }) {
    super();
  }

  get apiUrl(): string {
    return `${this.url}${PREFIX}`;
  }

  protected onStart(): void {}

  protected unauthorised(req: PeerRequest): string | undefined {
    const header = String(req.headers.authorization ?? '');
    const claims = header.startsWith('Bearer ') ? verifyZgwJwt(header.slice(7), this.options.secret) : undefined;
    if (!claims) return 'geen geldige JWT';
    if (claims.client_id !== this.options.clientId) return 'onbekende client_id';
    return undefined;
  }

  #route(req: PeerRequest) {
    if (!req.path.startsWith(PREFIX)) return undefined;
    const path = req.path.slice(PREFIX.length);
    return ROUTES.find((r) => r.method === req.method && r.re.test(path));
  }

  protected requestProblems(req: PeerRequest): string[] {
    const route = this.#route(req);
    if (!route) return [`${req.method} ${req.path} bestaat niet in de specificatie`];
    const op = spec('notificaties').doc.paths[route.template]?.[req.method.toLowerCase()];
    const schema = op?.requestBody?.content?.['application/json']?.schema;
    const problems = schema
      ? spec('notificaties')
          .validator.validate(schema, req.body, 'request')
          .map((p) => `body${p}`)
      : [];
    if (route.template === '/notificaties' && !String(req.headers['content-type'] ?? '').startsWith('application/json'))
      problems.push('header Content-Type moet application/json zijn');
    return problems;
  }

  protected hugeBody(): unknown {
    return Array.from({ length: 30_000 }, (_, i) => ({ url: `${this.apiUrl}/kanaal/${i}`, naam: `kanaal-${i}`, filters: [] }));
  }

  protected handle(req: PeerRequest): PeerReply {
    const route = this.#route(req)!;
    const body = (req.body ?? {}) as Record<string, unknown>;
    switch (`${req.method} ${route.template}`) {
      case 'GET /kanaal': {
        const naam = req.query.get('naam');
        return { status: 200, body: this.kanalen.filter((k) => !naam || k.naam === naam) };
      }
      case 'POST /kanaal': {
        if (this.kanalen.some((k) => k.naam === body.naam)) return fout(400, 'kanaal met deze naam bestaat al');
        const kanaal = { url: `${this.apiUrl}/kanaal/${randomUUID()}`, ...(body as Omit<PeerKanaal, 'url'>) };
        kanaal.filters ??= [];
        this.kanalen.push(kanaal);
        return { status: 201, body: kanaal, schema: { spec: 'notificaties', component: 'Kanaal' } };
      }
      case 'GET /abonnement':
        return { status: 200, body: this.abonnementen.map(({ auth: _writeOnly, ...rest }) => rest) };
      case 'POST /abonnement':
      case 'PUT /abonnement/{uuid}': {
        const a = body as Omit<PeerAbonnement, 'url'>;
        const onbekend = (a.kanalen ?? []).filter((k) => !this.kanalen.some((x) => x.naam === k.naam));
        if (onbekend.length > 0) return fout(400, `onbekende kanalen: ${onbekend.map((k) => k.naam).join(', ')}`);
        const url = req.method === 'PUT' ? `${this.url}${req.path}` : `${this.apiUrl}/abonnement/${randomUUID()}`;
        const index = this.abonnementen.findIndex((x) => x.url === url);
        if (req.method === 'PUT' && index < 0) return { status: 404, body: { title: 'Niet gevonden', status: 404 } };
        const opgeslagen = { url, callbackUrl: a.callbackUrl, auth: a.auth, kanalen: a.kanalen ?? [] };
        if (index >= 0) this.abonnementen[index] = opgeslagen;
        else this.abonnementen.push(opgeslagen);
        const { auth: _writeOnly, ...zichtbaar } = opgeslagen;
        // Not checked as an Abonnement: the specification requires its write-only auth in answers too, which no component sends.
        return { status: req.method === 'PUT' ? 200 : 201, body: zichtbaar };
      }
      case 'POST /notificaties': {
        const kanaal = this.kanalen.find((k) => k.naam === body.kanaal);
        if (!kanaal) return fout(400, `kanaal ${String(body.kanaal)} bestaat niet`);
        const vreemd = Object.keys((body.kenmerken ?? {}) as object).filter((k) => !kanaal.filters.includes(k));
        if (vreemd.length > 0) return fout(400, `kenmerken ${vreemd.join(', ')} horen niet bij kanaal ${kanaal.naam}`);
        this.notificaties.push(body);
        return { status: 201, body, schema: { spec: 'notificaties', component: 'Message' } };
      }
      default:
        return { status: 404, body: { title: 'Niet gevonden', status: 404 } };
    }
  }
}
