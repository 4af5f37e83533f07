import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import sanitizeHtml from 'sanitize-html';
import type { InboundMessage } from '../../conversations/inbound.types.ts';
import { bouncedMessageIds, contentTypeOf, detectAutomatisch, type Automatisch } from './auto-reply.ts';

/** A message that is not e-mail Loket can read; the SMTP listener refuses it, IMAP keeps it aside. */
export class MimeError extends Error {
  override readonly name = 'MimeError';
  constructor(
    message: string,
    /** The Message-ID when the headers were readable, to keep a redelivery from being stored twice. */
    readonly messageId?: string,
  ) {
    super(message);
  }
}

export interface ParsedEmail {
  message: InboundMessage;
  automatisch: Automatisch | undefined;
  /** For a bounce: the Message-IDs of the mail that could not be delivered. */
  bouncedIds: string[];
}

/** Limits of the pipeline's InboundMessage; the rest is cut, and the cut noted in metadata. */
const MAX_TEXT = 100_000;
const MAX_HTML = 1_000_000;
const MAX_ATTACHMENTS = 50;
const MAX_REFERENCES = 100;

/** Citizens' mail is shown to agents: keep structure and links, drop scripts, styles, images and forms. */
const SAFE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'div',
    'span',
    'b',
    'strong',
    'i',
    'em',
    'u',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
    'code',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'h1',
    'h2',
    'h3',
    'h4',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

/** PostgreSQL text and jsonb refuse NUL characters, which have no place in mail anyway. */
const clean = (value: string) => value.replaceAll('\u0000', '');

/** The raw source as text for storage: UTF-8 when it is, else byte for byte as Latin-1. */
export function rawText(raw: Buffer): string {
  return clean(raw.toString(isUtf8(raw) ? 'utf8' : 'latin1'));
}

/** The Message-ID, or a stable stand-in from the message's hash so a redelivery is still recognised. */
export function messageIdOf(mail: Pick<ParsedMail, 'messageId'> | undefined, raw: Buffer): string {
  const id = mail?.messageId?.trim();
  if (id && id.length <= 500) return id;
  return `<${createHash('sha256').update(raw).digest('hex').slice(0, 40)}@loket.invalid>`;
}

function references(mail: ParsedMail): string[] {
  const refs = typeof mail.references === 'string' ? [mail.references] : (mail.references ?? []);
  const ids = [...refs, ...(mail.inReplyTo ? mail.inReplyTo.split(/\s+/) : [])]
    .map((id) => id.trim())
    .filter((id) => /^<[^>]{1,498}>$/.test(id));
  return [...new Set(ids)].slice(-MAX_REFERENCES);
}

const validDate = (date: Date | undefined): date is Date => !!date && !Number.isNaN(date.getTime());

function isBrokenMultipart(mail: ParsedMail): boolean {
  return contentTypeOf(mail).value.startsWith('multipart/') && !mail.text && !mail.html && mail.attachments.length === 0;
}

/**
 * Turns a raw MIME message into Loket's InboundMessage: text, sanitised HTML, attachments as
 * bijlagen, Message-ID as the dedup key, In-Reply-To and References for threading. Auto-replies
 * and bounces are marked in metadata; a bounce has no citizen as sender. The time is when the mail
 * arrived (`ontvangenOp`: now over SMTP, the IMAP INTERNALDATE) rather than the sender's Date
 * header, so a sender's clock cannot reorder a gesprek; the Date header stays in metadata.
 */
export async function mimeToInbound(raw: Buffer, envelope: { from?: string; ontvangenOp?: Date } = {}): Promise<ParsedEmail> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true });
  } catch (error) {
    throw new MimeError(`Het bericht is geen leesbare MIME: ${(error as Error).message}`);
  }
  const sender = mail.from?.value.find((a) => a.address);
  if (!sender?.address || sender.address.length > 254 || !sender.address.includes('@')) {
    throw new MimeError('Het bericht heeft geen geldige afzender (From-header): het is geen e-mail volgens RFC 5322', mail.messageId);
  }
  if (isBrokenMultipart(mail))
    throw new MimeError('Het bericht is multipart maar bevat geen delen: de boundary klopt niet', mail.messageId);

  const automatisch = detectAutomatisch(mail, envelope.from);
  const bouncedIds = automatisch?.soort === 'bounce' ? bouncedMessageIds(mail) : [];
  const tekst = clean(mail.text ?? '').trimEnd();
  const html = mail.html ? clean(sanitizeHtml(mail.html, SAFE_HTML)) : undefined;
  const attachments = mail.attachments.filter((a) => a.contentDisposition !== 'inline' || !a.related);
  const metadata: Record<string, unknown> = {
    ...(automatisch ? { automatisch: automatisch.soort, automatischReden: automatisch.reden } : {}),
    ...(automatisch?.soort === 'bounce' ? { afzenderAdres: sender.address } : {}),
    ...(validDate(mail.date) ? { datumVolgensAfzender: mail.date.toISOString() } : {}),
    ...(mail.to
      ? {
          aan: [mail.to]
            .flat()
            .flatMap((t) => t.value.map((a) => a.address))
            .filter(Boolean),
        }
      : {}),
    ...(tekst.length > MAX_TEXT || (html?.length ?? 0) > MAX_HTML ? { ingekort: true } : {}),
    ...(attachments.length > MAX_ATTACHMENTS ? { bijlagenWeggelaten: attachments.length - MAX_ATTACHMENTS } : {}),
  };
  const message: InboundMessage = {
    kanaal: 'email',
    kanaalBerichtId: messageIdOf(mail, raw),
    // A delivery report comes from a mail server, not from a partij.
    afzender:
      automatisch?.soort === 'bounce'
        ? null
        : { soort: 'email', adres: sender.address, ...(sender.name ? { naam: clean(sender.name).slice(0, 200) } : {}) },
    draad: { antwoordOp: [...new Set([...references(mail), ...bouncedIds])].slice(-MAX_REFERENCES) },
    ...(mail.subject ? { onderwerp: clean(mail.subject).slice(0, 500) } : {}),
    tekst: tekst.slice(0, MAX_TEXT),
    ...(html && html.length <= MAX_HTML ? { html } : {}),
    bijlagen: attachments.slice(0, MAX_ATTACHMENTS).map((a, i) => ({
      bestandsnaam: clean(a.filename ?? `bijlage-${i + 1}`).slice(0, 255),
      contentType: a.contentType.slice(0, 255),
      inhoudBase64: a.content.toString('base64'),
    })),
    ...(validDate(envelope.ontvangenOp)
      ? { verzondenOp: envelope.ontvangenOp.toISOString() }
      : validDate(mail.date)
        ? { verzondenOp: mail.date.toISOString() }
        : {}),
    metadata,
  };
  return { message, automatisch, bouncedIds };
}
