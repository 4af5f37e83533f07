import nodemailer from 'nodemailer';
import type { EmailConfig } from '../../config.ts';
import type { OutboundAdapter, OutboundMessage } from '../../conversations/outbound.ts';

type SmtpOutConfig = NonNullable<EmailConfig['smtpOut']>;

const REPLY_PREFIX = /^\s*((re|antw|aw|sv|vs)\s*(\[\d+\])?\s*:\s*)+/i;

/** "Re: " once, however many reply prefixes (Re:, RE:, Antw:, AW:) the citizen's client stacked up. */
export function replySubject(onderwerp: string | null): string {
  const base = (onderwerp ?? '').replace(REPLY_PREFIX, '').trim();
  return `Re: ${base || 'uw bericht aan de gemeente'}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The plain-text reply as simple HTML: paragraphs on blank lines, line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

export function domainOf(address: string): string {
  const match = /@([^\s<>@]+?)>?\s*$/.exec(address);
  if (!match) throw new Error(`geen domein in ${address}`);
  return match[1]!.toLowerCase();
}

/**
 * Replies by e-mail through the municipality's SMTP server. The Message-ID is Loket's own,
 * derived from the bericht, so a retry after a lost answer sends the same message again and
 * the citizen's reply to it threads back into the gesprek.
 */
export function createSmtpOutbound(config: SmtpOutConfig, from: string): OutboundAdapter & { close(): void } {
  const domain = domainOf(from);
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    pool: true,
    maxConnections: 2,
    connectionTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(message: OutboundMessage) {
      if (!message.aan) throw new Error('geen e-mailadres van de inwoner bij dit gesprek (metadata.antwoordAan)');
      const messageId = `<bericht.${message.berichtId}@${domain}>`;
      const references = message.eerdereBerichtIds.filter((id) => id.startsWith('<')).slice(-50);
      await transport.sendMail({
        from,
        to: message.aan,
        subject: replySubject(message.onderwerp),
        text: message.inhoud,
        html: message.html ?? textToHtml(message.inhoud),
        messageId,
        ...(message.antwoordOp ? { inReplyTo: message.antwoordOp } : {}),
        ...(references.length > 0 ? { references } : {}),
      });
      return { kanaalBerichtId: messageId };
    },
    close: () => transport.close(),
  };
}
