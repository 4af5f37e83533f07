import type { FastifyInstance } from 'fastify';

export interface PageKinds {
  /** The citizen's pages that the municipality's site may embed (the forms). */
  embeddable(path: string): boolean;
  /** The agent desktop's pages. */
  desktop(path: string): boolean;
}

/** The agent desktop: everything it loads comes from Loket itself (Vite bundles, same-origin API). */
const DESKTOP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the Utrecht components set style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers on every HTML page Loket serves: no sniffing, no referrer beyond Loket, and no framing
 * (clickjacking an agent's screen) except the citizen's forms, which the sites in WIDGET_ORIGINS
 * may embed. Pages that set their own policy (the forms, with nonces) keep it and gain
 * frame-ancestors; pages with none (the desktop) get the desktop's; others (the API docs, which
 * ship inline scripts) get frame-ancestors alone.
 */
export function registerSecurityHeaders(app: FastifyInstance, widgetOrigins: '*' | string[], kinds: PageKinds): void {
  const embedders = widgetOrigins === '*' ? '*' : widgetOrigins.join(' ') || "'none'";
  app.addHook('onSend', async (request, reply, payload) => {
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return payload;
    const path = request.url.split('?')[0] ?? '';
    const embeddable = kinds.embeddable(path);
    const ancestors = `frame-ancestors ${embeddable ? embedders : "'none'"}`;
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (!embeddable) reply.header('x-frame-options', 'DENY');
    const own = reply.getHeader('content-security-policy');
    if (typeof own === 'string' && own) {
      if (!own.includes('frame-ancestors')) reply.header('content-security-policy', `${own}; ${ancestors}`);
    } else {
      reply.header('content-security-policy', kinds.desktop(path) ? DESKTOP_CSP : ancestors);
    }
    return payload;
  });
}
