import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { SmtpInConfig } from '../../config.ts';
import { allowsClient } from '../../platform/client-allowlist.ts';
import type { IngestResult } from './email-ingest.ts';
import { MimeError } from './mime-to-inbound.ts';

/** An SMTP reply with its basic and enhanced status code (RFC 5321, RFC 3463). */
const smtpError = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

/** Accepts a recipient when its address or its domain is configured (SMTP_RECIPIENTS). */
export function acceptsRecipient(recipients: string[], address: string): boolean {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf('@') + 1);
  return recipients.some((r) => (r.includes('@') ? r === lower : r === domain));
}

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

/**
 * Loket's own SMTP server for the municipality's mail relay or MX: takes mail for the configured
 * recipients only, refuses oversized and unreadable messages with a clear code, and answers 250
 * only once the message is stored, so nothing is lost when the database is away (451: try again).
 * With a key and certificate it offers STARTTLS (and can insist on it); with an allowlist it
 * talks only to the listed relays.
 */
export async function startSmtpListener(
  config: SmtpInConfig,
  ingest: (raw: Buffer, envelopeFrom: string) => Promise<IngestResult>,
  log: FastifyBaseLogger,
): Promise<SmtpListener> {
  const server = new SMTPServer({
    banner: 'Loket',
    size: config.maxBytes,
    authOptional: true,
    // No AUTH: Loket has no SMTP accounts; the relay is identified by its address (SMTP_ALLOWED_CLIENTS)
    // and the connection protected by STARTTLS. Without our own certificate smtp-server would offer
    // STARTTLS with its built-in public test key, so STARTTLS stays off then.
    disabledCommands: config.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...config.tls,
    logger: false,
    closeTimeout: 5_000,
    onConnect(session, callback) {
      const { allowedClients } = config;
      if (!allowedClients || allowsClient(allowedClients, session.remoteAddress)) return callback();
      log.warn({ remoteAddress: session.remoteAddress }, 'SMTP-verbinding geweigerd: client staat niet in SMTP_ALLOWED_CLIENTS');
      callback(smtpError(554, `5.7.1 ${session.remoteAddress} mag hier geen post afleveren`));
    },
    onMailFrom(_address, session, callback) {
      if (config.requireTls && !session.secure) return callback(smtpError(530, '5.7.0 Must issue a STARTTLS command first'));
      callback();
    },
    onRcptTo(address, _session, callback) {
      if (acceptsRecipient(config.recipients, address.address)) return callback();
      callback(smtpError(550, `5.1.1 <${address.address}>: onbekende ontvanger, Loket neemt hier geen post voor aan`));
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) throw smtpError(552, `5.3.4 Bericht is groter dan ${config.maxBytes} bytes`);
          const mailFrom = session.envelope.mailFrom;
          const result = await ingest(raw, mailFrom ? mailFrom.address : '');
          callback(null, `2.0.0 Ontvangen als ${result.kanaalBerichtId}`);
        })
        .catch((error: unknown) => {
          if (error instanceof MimeError) return callback(smtpError(554, `5.6.0 Onleesbaar bericht: ${error.message}`));
          if (error instanceof Error && 'responseCode' in error) return callback(error);
          log.error({ err: error }, 'e-mail via SMTP niet opgeslagen');
          callback(smtpError(451, '4.3.0 Tijdelijke fout bij opslaan, probeer het later opnieuw'));
        });
    },
  });
  server.on('error', (error) => log.warn({ err: error }, 'SMTP-verbinding mislukt'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  log.info(
    {
      port,
      starttls: config.tls ? (config.requireTls ? 'verplicht' : 'aangeboden') : 'uit',
      clients: config.allowedClients?.rules ?? 'alle',
    },
    'e-mail: SMTP-ontvanger luistert',
  );
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
