import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  port: number;
  received: { from: string; to: string[]; mail: ParsedMail }[];
  /** When set, every message is refused with this code (e.g. 550), as a strict mail server would. */
  failWith: number | undefined;
  close(): Promise<void>;
}

/** A real SMTP server standing in for the municipality's outgoing relay: it keeps what it gets. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: Omit<SmtpSink, 'port' | 'close'> = { received: [], failWith: undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (sink.failWith)
            return callback(Object.assign(new Error('5.7.1 Bericht geweigerd door de testserver'), { responseCode: sink.failWith }));
          sink.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(sink, {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
