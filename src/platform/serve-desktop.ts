import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { App } from './http.ts';
import { fromRoot } from '../db/paden.ts';

export const DESKTOP_DIR = fromRoot('dist', 'web');

/** Paths that belong to the server; the desktop's SPA fallback must never answer them. */
const SERVER_PREFIXES = ['/api/', '/widget/', '/formulieren/', '/klantinteracties/', '/contactgegevens/'];
const SERVER_PATHS = ['/api', '/health', '/ready', '/widget', '/formulieren', '/klantinteracties', '/contactgegevens'];

export function isServerPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return SERVER_PATHS.includes(path) || SERVER_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * Serves the agent desktop (built by Vite into dist/web) at `/`. Registered last, so every
 * server route wins; unknown page paths fall back to index.html, server paths keep their 404.
 * Without a build (tests that never ran it) nothing is registered.
 */
export async function serveDesktop(app: App, dir = DESKTOP_DIR): Promise<void> {
  if (!existsSync(`${dir}/index.html`)) {
    app.log.warn({ dir }, 'agent desktop not built; run npm run build:web');
    return;
  }
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    setHeaders(reply, path) {
      // Vite puts a content hash in every asset name; index.html must be fetched fresh.
      reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      reply.header('x-content-type-options', 'nosniff');
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (isServerPath(request.url)) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', dir);
  });
}
