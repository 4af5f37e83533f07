import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spec, type SpecNaam } from '../specs.ts';

/**
 * A small HTTP server that plays a back office by its official specification: it checks every
 * request Loket sends (a wrong one gets 400 and is recorded as a violation, for tests to assert
 * there are none), checks every answer it gives against the specification, and can misbehave on
 * purpose — slow, failing, HTML, a huge page, JSON outside the specification. Used by the tests,
 * the benchmark and the demo back office.
 */
export type Storing =
  { soort: 'traag'; ms: number } | { soort: 'fout' } | { soort: 'html' } | { soort: 'groot' } | { soort: 'buiten-spec' };

export interface Violation {
  kind: 'request' | 'response';
  method: string;
  path: string;
  problems: string[];
}

export interface PeerRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface PeerReply {
  status: number;
  body: unknown;
  /** The specification and component the answer must match (checked before it is sent). */
  schema?: { spec: SpecNaam; component: string } | undefined;
}

const MAX_REQUEST_BYTES = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export abstract class SpecPeer {
  readonly violations: Violation[] = [];
  readonly requests: { method: string; path: string; query: string }[] = [];
  /** Added to every answer (a slow back office; the benchmark's 100 ms). */
  delayMs = 0;
  /** Misbehaviour for every request whose path matches `storingPad` (all when unset). */
  storing: Storing | undefined;
  storingPad: RegExp | undefined;
  #server: Server | undefined;
  #huge: string | undefined;
  #url = '';

  get url(): string {
    return this.#url;
  }

  async start(host = '127.0.0.1', port = 0): Promise<string> {
    const server = createServer((req, res) => {
      this.#serve(req, res).catch((error: unknown) => {
        this.violations.push({ kind: 'response', method: req.method ?? '', path: req.url ?? '', problems: [String(error)] });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' }).end('{"detail":"peer fout"}');
      });
    });
    this.#server = server;
    await new Promise<void>((resolve) => server.listen(port, host, resolve));
    this.#url = `http://${host}:${(server.address() as AddressInfo).port}`;
    this.onStart(this.#url);
    return this.#url;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Called once the address is known, so resources can carry absolute URLs. */
  protected abstract onStart(url: string): void;
  /** Problems with who is asking (401): a missing or wrong key or signature. */
  protected abstract unauthorised(req: PeerRequest): string | undefined;
  /** Problems with the request against the specification. */
  protected abstract requestProblems(req: PeerRequest): string[];
  protected abstract handle(req: PeerRequest): PeerReply;
  /** An answer of the right shape but far too large. */
  protected abstract hugeBody(): unknown;

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) return void res.writeHead(413).end();
      chunks.push(chunk);
    }
    const url = new URL(req.url ?? '/', 'http://peer');
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return this.#refuse(res, { method: req.method ?? '', path: url.pathname, problems: ['body is geen JSON'] });
    }
    const request: PeerRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
    this.requests.push({ method: request.method, path: request.path, query: url.search });
    const storing = this.storing && (!this.storingPad || this.storingPad.test(request.path)) ? this.storing : undefined;
    const delay = this.delayMs + (storing?.soort === 'traag' ? storing.ms : 0);
    if (delay > 0) await sleep(delay);
    if (res.destroyed) return;
    const unauthorised = this.unauthorised(request);
    if (unauthorised) return void send(res, 401, { type: 'about:blank', title: 'Niet geautoriseerd', status: 401, detail: unauthorised });
    const problems = this.requestProblems(request);
    if (problems.length > 0) return this.#refuse(res, { method: request.method, path: request.path, problems });
    if (storing?.soort === 'fout') return void send(res, 500, { title: 'Interne fout', status: 500 });
    if (storing?.soort === 'html')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Onderhoud</h1></body></html>');
    if (storing?.soort === 'groot')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end((this.#huge ??= JSON.stringify(this.hugeBody())));
    if (storing?.soort === 'buiten-spec')
      return void send(res, 200, { count: 'veel', type: 42, results: [{ url: 12, omschrijving: ['x'] }], personen: 'niemand' });
    const reply = this.handle(request);
    if (reply.schema && reply.status < 300) {
      const found = spec(reply.schema.spec).check(reply.schema.component, reply.body, 'response');
      if (found.length > 0) {
        this.violations.push({ kind: 'response', method: request.method, path: request.path, problems: found });
        return void send(res, 500, { title: 'Peer antwoord buiten de specificatie', status: 500 });
      }
    }
    send(res, reply.status, reply.body);
  }

  #refuse(res: ServerResponse, violation: Omit<Violation, 'kind'>): void {
    this.violations.push({ kind: 'request', ...violation });
    send(res, 400, { type: 'about:blank', title: 'Ongeldig verzoek', status: 400, detail: violation.problems.join('; ').slice(0, 200) });
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(body === undefined ? '' : JSON.stringify(body));
}
