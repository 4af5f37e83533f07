import type { EmailConfig } from '../../config.ts';
import type { InboundPipeline } from '../../conversations/inbound.service.ts';
import type { Db } from '../../db/transaction.ts';
import type { App } from '../../platform/http.ts';
import { ingestEmail } from './email-ingest.ts';
import { ImapPoller } from './imap-poller.ts';
import { startSmtpListener, type SmtpListener } from './smtp-listener.ts';
import { createSmtpOutbound } from './smtp-outbound.ts';

export interface EmailChannel {
  /** The port the SMTP listener took (SMTP_PORT=0 picks a free one); undefined when it is off. */
  smtpPort(): number | undefined;
}

/**
 * The e-mail channel: the outgoing adapter for kanaal 'email', and the SMTP listener and IMAP
 * poller, started when the app is ready and stopped before it closes. Each part is off unless
 * configured.
 */
export function registerEmailChannel(app: App, deps: { config: EmailConfig; db: Db; pipeline: InboundPipeline }): EmailChannel {
  const { config } = deps;
  if (config.smtpOut && config.from) {
    const outbound = createSmtpOutbound(config.smtpOut, config.from);
    app.outbound.register('email', outbound);
    app.addHook('onClose', async () => outbound.close());
  }
  let listener: SmtpListener | undefined;
  const poller = config.imap
    ? new ImapPoller(config.imap, (raw, ontvangenOp) => ingestEmail(deps, raw, { ontvangenOp }), app.log)
    : undefined;
  app.addHook('onReady', async () => {
    if (config.smtpIn)
      listener = await startSmtpListener(
        config.smtpIn,
        (raw, envelopeFrom) => ingestEmail(deps, raw, { envelopeFrom, refuseUnreadable: true }),
        app.log,
      );
    poller?.start();
  });
  app.addHook('preClose', async () => {
    await Promise.all([listener?.close(), poller?.stop()]);
  });
  const channel: EmailChannel = { smtpPort: () => listener?.port };
  app.decorate('email', channel);
  return channel;
}

declare module 'fastify' {
  interface FastifyInstance {
    email: EmailChannel;
  }
}
