/**
 * A load client for the socket benchmarks: citizens' chat widgets and agents' desktops over real
 * WebSockets, speaking the same frames as src/web/widget/chat-connection.ts and the desktop.
 * Bounded on purpose: loopback addresses only, at most MAX_SOCKETS sockets, and every wait has a
 * deadline, so a run can neither reach another machine nor hang.
 *
 * Each socket and request leaves from its own loopback address (127.0.x.y; all of 127/8 is local
 * on Linux), as real citizens do from their own: the public routes' per-address throttle keeps
 * its production setting and still lets a burst of 100 new chats through.
 */
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

export const MAX_SOCKETS = 25_000;
const WAIT_MS = 60_000;
let opened = 0;

function loopbackOnly(base: string): URL {
  const url = new URL(base);
  if (!/^127\.\d+\.\d+\.\d+$/.test(url.hostname)) throw new Error(`load client: ${base} is not a loopback address`);
  return url;
}

/** The n-th source address: 127.0.1.1, 127.0.1.2, ... 127.0.250.250 (62,500 of them). */
export function sourceAddress(n: number): string {
  return `127.0.${1 + (Math.floor(n / 250) % 250)}.${1 + (n % 250)}`;
}

function countSocket() {
  if (++opened > MAX_SOCKETS) throw new Error(`load client: more than ${MAX_SOCKETS} sockets`);
}

function withDeadline<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`load client: ${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One JSON request from a given source address; answers status, body and the session cookie. */
export function httpJson(
  base: string,
  method: string,
  path: string,
  body: unknown,
  options: { from?: string; cookie?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown; cookie: string | undefined }> {
  const url = new URL(path, loopbackOnly(base));
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return withDeadline(
    new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          localAddress: options.from,
          headers: {
            ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
            ...(options.cookie ? { cookie: options.cookie } : {}),
            ...options.headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            const cookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('loket_sessie='));
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // not JSON: keep the text
            }
            resolve({ status: res.statusCode ?? 0, body: parsed, cookie: cookie?.split(';')[0] });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    }),
    `${method} ${path}`,
  );
}

function connect(url: string, from: string | undefined, headers: Record<string, string> = {}): Promise<WebSocket> {
  countSocket();
  const socket = new WebSocket(url, { localAddress: from, headers, perMessageDeflate: false });
  return withDeadline(
    new Promise((resolve, reject) => {
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    }),
    `connecting ${url}`,
  );
}

/** A citizen's chat widget: logged in with its session token, sending messages with their own ids. */
export class Widget {
  readonly #socket: WebSocket;
  readonly #pending = new Map<string, { sentAt: number; resolve: (ms: number) => void }>();
  #next = 0;
  readonly sessieId: string;
  /** Messages from the municipality (an agent's reply) this widget received. */
  replies = 0;

  private constructor(socket: WebSocket, sessieId: string) {
    this.#socket = socket;
    this.sessieId = sessieId;
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as { type: string; clientId?: string; bericht?: { clientId: string | null; van?: string } };
      if (frame.type === 'bericht' && frame.bericht?.van === 'gemeente') this.replies++;
      const clientId = frame.type === 'bericht' ? frame.bericht?.clientId : frame.type === 'ontvangen' ? frame.clientId : undefined;
      const waiting = clientId ? this.#pending.get(clientId) : undefined;
      if (!waiting || !clientId) return;
      this.#pending.delete(clientId);
      waiting.resolve(performance.now() - waiting.sentAt);
    });
  }

  /** Opens the socket and logs in with the token, as the widget does; resolves once Loket said `aangemeld`. */
  static async open(base: string, token: string, from?: string): Promise<Widget> {
    const url = loopbackOnly(base);
    const socket = await connect(`ws://${url.host}/api/webchat/ws`, from);
    const sessieId = await withDeadline(
      new Promise<string>((resolve, reject) => {
        socket.once('message', (data) => {
          const frame = JSON.parse(data.toString()) as { type: string; sessieId?: string; code?: string };
          if (frame.type === 'aangemeld' && frame.sessieId) resolve(frame.sessieId);
          else reject(new Error(`aanmelden: ${frame.type} ${frame.code ?? ''}`));
        });
        socket.once('close', (code) => reject(new Error(`closed ${code} before aangemeld`)));
        socket.send(JSON.stringify({ type: 'aanmelden', token }));
      }),
      'aanmelden',
    ).catch((error: unknown) => {
      socket.terminate();
      throw error;
    });
    return new Widget(socket, sessieId);
  }

  /** A new chat as the widget starts one: a session over HTTP, then the socket. */
  static async start(base: string, from: string): Promise<Widget> {
    const response = await httpJson(base, 'POST', '/api/webchat/sessies', { taal: 'nl' }, { from });
    if (response.status !== 201) throw new Error(`sessie: ${response.status} ${JSON.stringify(response.body)}`);
    return Widget.open(base, (response.body as { token: string }).token, from);
  }

  /** Sends a message; resolves to the milliseconds until Loket confirmed it to this widget. */
  send(tekst: string): { clientId: string; sentAt: number; ack: Promise<number> } {
    const clientId = `b${(this.#next++).toString(36)}`;
    const sentAt = performance.now();
    const ack = withDeadline(
      new Promise<number>((resolve) => this.#pending.set(clientId, { sentAt, resolve })),
      'bevestiging van een bericht',
    );
    // Sent in the same tick as sentAt is read, so the latency starts at the wire.
    this.#socket.send(JSON.stringify({ type: 'bericht', clientId, tekst }));
    return { clientId, sentAt, ack };
  }

  close(): void {
    this.#socket.terminate();
  }
}

export interface AgentEvent {
  type: string;
  data: { gesprekId?: string; kanaal?: string; bericht?: { kanaalBerichtId: string | null; richting: string } };
}

/** An agent's desktop: logged in through the API, holding the live socket. */
export class AgentDesktop {
  private constructor(
    readonly socket: WebSocket,
    readonly cookie: string,
  ) {}

  static async login(base: string, gebruikersnaam: string, wachtwoord: string, from: string): Promise<string> {
    return (await AgentDesktop.session(base, gebruikersnaam, wachtwoord, from)).cookie;
  }

  /** Logs in through the API; answers the session cookie and the CSRF token that writes need. */
  static async session(base: string, gebruikersnaam: string, wachtwoord: string, from: string): Promise<{ cookie: string; csrf: string }> {
    const response = await httpJson(base, 'POST', '/api/auth/login', { gebruikersnaam, wachtwoord }, { from });
    if (response.status !== 200 || !response.cookie) throw new Error(`login ${gebruikersnaam}: ${response.status}`);
    return { cookie: response.cookie, csrf: (response.body as { csrfToken: string }).csrfToken };
  }

  /** Opens the live socket with a session cookie; `onEvent` gets every event with the moment it arrived. */
  static async open(base: string, cookie: string, from: string, onEvent: (event: AgentEvent, at: number) => void): Promise<AgentDesktop> {
    const url = loopbackOnly(base);
    countSocket();
    const socket = new WebSocket(`ws://${url.host}/api/realtime`, { localAddress: from, headers: { cookie }, perMessageDeflate: false });
    // Loket greets in the same packet as the upgrade answer: listen before the socket opens.
    const greeted = withDeadline(
      new Promise<void>((resolve, reject) => {
        socket.once('message', (data) => {
          const frame = JSON.parse(data.toString()) as { type: string };
          if (frame.type === 'verbonden') resolve();
          else reject(new Error(`agent socket: ${frame.type}`));
          socket.on('message', (more) => onEvent(JSON.parse(more.toString()) as AgentEvent, performance.now()));
        });
        socket.once('error', reject);
        socket.once('close', (code) => reject(new Error(`agent socket closed ${code}`)));
      }),
      'agent socket',
    );
    await greeted;
    return new AgentDesktop(socket, cookie);
  }

  close(): void {
    this.socket.terminate();
  }
}

/** Runs `task` for 0..count-1 with at most `parallel` at a time; answers the results in order. */
export async function pool<T>(count: number, parallel: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

/** Resident set size of a process in bytes (Linux /proc). */
export async function rssOf(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for ${pid}`);
  return Number(kb) * 1024;
}
