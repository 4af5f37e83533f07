import type { FastifyServerOptions } from 'fastify';

/** Headers that carry a credential; pino writes `[geheim]` in their place. */
const SECRET_HEADERS = [
  'authorization',
  'cookie',
  'x-api-key',
  'x-csrf-token',
  'x-chat-token',
  'x-loket-cti-secret',
  'x-hub-signature-256',
  'x-twilio-signature',
];

/**
 * Secrets that clients put in the URL: the CTI secret in the deprecated `/api/telefoon/cti/<geheim>`
 * form, and credentials in a query string (the OIDC code, tokens). The request log keeps the path
 * without them, so a log file or log shipper never holds a key.
 */
export function redactUrl(url: string): string {
  const [path = '', query] = url.split('?', 2) as [string, string | undefined];
  const safePath = path.replace(/^(\/api\/telefoon\/cti\/)[^/]+/, '$1[geheim]');
  if (query === undefined) return safePath;
  const safeQuery = query.replace(/(^|&)((?:code|state|token|geheim|secret|key|sleutel|hub\.verify_token)=)[^&]*/gi, '$1$2[geheim]');
  return `${safePath}?${safeQuery}`;
}

interface LoggedRequest {
  method: string;
  url: string;
  hostname?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's logger: JSON at the configured level, with credentials redacted from requests. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: [...SECRET_HEADERS.map((h) => `req.headers["${h}"]`), 'res.headers["set-cookie"]'], censor: '[geheim]' },
    serializers: {
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        host: request.hostname,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
}
