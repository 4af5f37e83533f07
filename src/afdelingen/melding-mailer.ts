import nodemailer from 'nodemailer';
import type { EmailConfig } from '../config.ts';
import type { MeldingMailer } from './toewijzingsmelding.ts';

/** Assignment mails through the municipality's outgoing SMTP server (the e-mail channel's SMTP_OUT_* and EMAIL_FROM). */
export function createMeldingMailer(smtpOut: NonNullable<EmailConfig['smtpOut']>, from: string): MeldingMailer & { close(): void } {
  const transport = nodemailer.createTransport({
    host: smtpOut.host,
    port: smtpOut.port,
    secure: smtpOut.secure,
    ...(smtpOut.user ? { auth: { user: smtpOut.user, pass: smtpOut.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.aan,
        subject: mail.onderwerp,
        text: mail.tekst,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => transport.close(),
  };
}
