import type { FastifyInstance } from 'fastify';

/**
 * On shutdown, requests in flight are finished and then their connections are closed: a
 * keep-alive connection would otherwise hold the server open until its idle timeout.
 */
export function closeConnectionsAfterShutdown(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}
