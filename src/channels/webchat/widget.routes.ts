import { build } from 'esbuild';
import type { App } from '../../platform/http.ts';
import { fromRoot } from '../../db/paden.ts';

const entry = fromRoot('src', 'web', 'widget', 'chat-widget.ts');
let bundle: Promise<string> | undefined;

/** Bundles the widget once per process, so `npm start` needs no separate build step. */
function widgetBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
  })
    .then((result) => result.outputFiles[0]!.text)
    .catch((error: unknown) => {
      bundle = undefined;
      throw error;
    });
  return bundle;
}

export function widgetRoutes(app: App): void {
  app.get(
    '/widget/chat.js',
    { config: { toegang: 'openbaar', persoonsgegevens: false }, schema: { hide: true } },
    async (_request, reply) => {
      reply.header('content-type', 'text/javascript; charset=utf-8');
      reply.header('cache-control', 'public, max-age=300');
      // The widget runs on the municipality's own site and talks back to Loket from there.
      reply.header('cross-origin-resource-policy', 'cross-origin');
      return widgetBundle();
    },
  );
}
