import type { ParsedMail } from 'mailparser';

/** Mail no person wrote: an out-of-office or other auto-reply, or a delivery failure report. */
export interface Automatisch {
  soort: 'autoreply' | 'bounce';
  /** What gave it away, for the agent and the log: a header, the sender or the subject. */
  reden: string;
}

const SYSTEM_SENDER = /^(mailer-daemon|postmaster)@/i;
const AUTO_SUBJECT =
  /^\s*(automatisch antwoord|automatisch bericht|out of office|automatic reply|auto(matic)?[- ]?reply|afwezig|autosvar|abwesenheitsnotiz)\b/i;
const BULK_PRECEDENCE = new Set(['bulk', 'junk', 'list']);

/** The parsed Content-Type header (mailparser gives a structured value for it). */
export function contentTypeOf(mail: ParsedMail): { value: string; params: Record<string, string> } {
  const value = mail.headers.get('content-type');
  if (value && typeof value === 'object' && 'value' in value && 'params' in value && typeof value.value === 'string')
    return { value: value.value.toLowerCase(), params: value.params as Record<string, string> };
  return { value: 'text/plain', params: {} };
}

const header = (mail: ParsedMail, name: string): string | undefined => {
  const value = mail.headers.get(name);
  return value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
};

/**
 * Recognises mail that must never be answered (RFC 3834 and the habits of common mail servers):
 * answering it invites reply loops between two robots. `envelopeFrom` is the SMTP MAIL FROM,
 * empty for delivery reports (RFC 5321 null reverse-path); undefined when unknown (IMAP).
 */
export function detectAutomatisch(mail: ParsedMail, envelopeFrom?: string): Automatisch | undefined {
  const contentType = contentTypeOf(mail);
  if (contentType.value === 'multipart/report' && contentType.params['report-type']?.toLowerCase() === 'delivery-status') {
    return { soort: 'bounce', reden: 'Content-Type: multipart/report; report-type=delivery-status' };
  }
  const from = mail.from?.value[0]?.address ?? '';
  if (SYSTEM_SENDER.test(from)) return { soort: 'bounce', reden: `afzender ${from}` };
  if (envelopeFrom === '') return { soort: 'bounce', reden: 'lege envelope-afzender (MAIL FROM:<>)' };

  const autoSubmitted = header(mail, 'auto-submitted');
  if (autoSubmitted && autoSubmitted.trim().toLowerCase() !== 'no')
    return { soort: 'autoreply', reden: `Auto-Submitted: ${autoSubmitted}` };
  for (const name of ['x-autoreply', 'x-autorespond']) {
    if (header(mail, name) !== undefined) return { soort: 'autoreply', reden: `${name} aanwezig` };
  }
  const precedence = header(mail, 'precedence')?.trim().toLowerCase();
  if (precedence && BULK_PRECEDENCE.has(precedence)) return { soort: 'autoreply', reden: `Precedence: ${precedence}` };
  if (mail.subject && AUTO_SUBJECT.test(mail.subject)) return { soort: 'autoreply', reden: `onderwerp "${mail.subject.slice(0, 80)}"` };
  return undefined;
}

const MESSAGE_ID_LINE = /^message-id:\s*(<[^>\s]+>)/gim;

/**
 * The Message-IDs of the mail a bounce reports on: from the returned message or its headers
 * (message/rfc822, text/rfc822-headers) and, as a fallback, from the report's own text.
 */
export function bouncedMessageIds(mail: ParsedMail): string[] {
  const sources = [
    ...mail.attachments
      .filter((a) => /^(message\/rfc822|text\/rfc822-headers|message\/rfc822-headers)$/i.test(a.contentType))
      .map((a) => a.content.toString('utf8')),
    mail.text ?? '',
  ];
  const ids = new Set<string>();
  for (const source of sources) for (const match of source.matchAll(MESSAGE_ID_LINE)) ids.add(match[1]!);
  return [...ids];
}
