import http from 'node:http';
import https from 'node:https';

/**
 * One request to a back-office source, with the three guarantees every caller needs: it ends
 * within its timeout, it never reads more than its cap, and whatever comes back is either JSON or
 * a classified failure. The reason names what the agent sees in `ontbrekend`.
 */
export type StoringReden = 'timeout' | 'fout' | 'ongeldig-antwoord';

export class BronStoring extends Error {
  constructor(
    readonly reden: StoringReden,
    message: string,
  ) {
    super(message);
    this.name = 'BronStoring';
  }
}

export interface BronRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  /** A JSON body, or a string sent as is (with its own content-type header). */
  body?: unknown;
  timeoutMs: number;
  maxBytes: number;
  /** For mutual TLS: an https.Agent holding the client certificate. */
  agent?: https.Agent | undefined;
}

export interface BronResponse {
  status: number;
  body: unknown;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Sends the request and returns the parsed JSON of any status; throws a BronStoring otherwise. */
export function requestJson(req: BronRequest): Promise<BronResponse> {
  const url = new URL(req.url);
  const payload = req.body === undefined ? undefined : typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  if (payload !== undefined) {
    headers['content-length'] = String(Buffer.byteLength(payload));
    if (typeof req.body !== 'string') headers['content-type'] = 'application/json';
  }
  const transport = url.protocol === 'https:' ? https : http;
  const signal = AbortSignal.timeout(req.timeoutMs);
  return new Promise<BronResponse>((resolve, reject) => {
    const fail = (reden: StoringReden, message: string) => reject(new BronStoring(reden, message));
    const request = transport.request(
      url,
      { method: req.method ?? 'GET', headers, signal, ...(req.agent ? { agent: req.agent } : {}) },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > req.maxBytes) {
            response.destroy();
            fail('ongeldig-antwoord', `antwoord groter dan ${req.maxBytes} bytes`);
            return;
          }
          chunks.push(chunk);
        });
        response.on('error', (error) => fail(signal.aborted ? 'timeout' : 'fout', error.message));
        response.on('end', () => {
          if (size > req.maxBytes) return;
          const status = response.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          const type = String(response.headers['content-type'] ?? '');
          if (status >= 500) return fail('fout', `HTTP ${status}`);
          if (text.length === 0) return resolve({ status, body: null });
          if (!/json/i.test(type))
            return fail('ongeldig-antwoord', `geen JSON maar ${type.split(';')[0] || 'onbekend type'} (HTTP ${status})`);
          try {
            resolve({ status, body: JSON.parse(text) as unknown });
          } catch {
            fail('ongeldig-antwoord', `onleesbare JSON (HTTP ${status})`);
          }
        });
      },
    );
    request.on('error', (error) =>
      fail(signal.aborted ? 'timeout' : 'fout', signal.aborted ? `geen antwoord binnen ${req.timeoutMs} ms` : error.message),
    );
    if (payload !== undefined) request.write(payload);
    request.end();
  });
}

/** A 2xx JSON answer, or a BronStoring naming the status. */
export async function requestOk(req: BronRequest): Promise<unknown> {
  const response = await requestJson(req);
  if (response.status < 200 || response.status >= 300) throw new BronStoring('fout', `HTTP ${response.status}`);
  return response.body;
}
