import { readFileSync } from 'node:fs';
import type { App } from '../platform/http.ts';
import { fromRoot } from '../db/paden.ts';

const script = readFileSync(fromRoot('src', 'web', 'faq-widget', 'faq-widget.js'), 'utf8');

/** The embeddable "veelgestelde vragen" search for the municipality's website. */
export function widgetRoutes(app: App): void {
  app.get('/widget/faq.js', { config: { toegang: 'openbaar', persoonsgegevens: false }, schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .header('access-control-allow-origin', '*')
      .send(script),
  );
}
