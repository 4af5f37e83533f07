import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/** Paths the municipality's own website calls from the browser (chat widget and its survey, FAQ, bot, call-back requests). */
const PUBLIC_PATHS = [
  /^\/api\/webchat\//,
  /^\/widget\//,
  /^\/api\/bot\//,
  /^\/api\/kennisbank\/(search|artikelen)/,
  /^\/api\/enquete\//,
  /^\/api\/terugbelverzoeken(\/|$|\?)/,
];

/**
 * Cross-origin access only for the public citizen endpoints, and only from the configured
 * sites. They use no cookies, so credentials are never allowed; the agent API stays same-origin.
 */
export async function registerPublicCors(app: FastifyInstance, origins: '*' | string[]): Promise<void> {
  await app.register(cors, {
    delegator: (request, callback) => {
      const isPublic = PUBLIC_PATHS.some((pattern) => pattern.test(request.url ?? ''));
      callback(
        null,
        isPublic
          ? { origin: origins, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'x-chat-token'], maxAge: 600 }
          : { origin: false },
      );
    },
  });
}
