import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';

describe('e-mail configuration', () => {
  it('is off when nothing is set', () => {
    expect(loadConfig({}).email).toEqual({ from: undefined, smtpIn: undefined, imap: undefined, smtpOut: undefined });
  });

  it('reads the listener, the mailbox and the outgoing server', () => {
    const { email } = loadConfig({
      SMTP_PORT: '2525',
      SMTP_RECIPIENTS: 'Gemeente.nl, info@lindendaal.nl',
      IMAP_URL: 'imaps://imap.gemeente.nl',
      IMAP_USER: 'kcc',
      IMAP_PASSWORD: 'geheim',
      IMAP_MOVE_TO: 'Loket/Verwerkt',
      SMTP_OUT_URL: 'smtps://kcc%40gemeente.nl:p%40ss@smtp.gemeente.nl',
      EMAIL_FROM: 'Gemeente <kcc@gemeente.nl>',
    });
    expect(email.smtpIn).toEqual({ port: 2525, host: '0.0.0.0', recipients: ['gemeente.nl', 'info@lindendaal.nl'], maxBytes: 25 * 1024 * 1024 });
    expect(email.imap).toMatchObject({ url: 'imaps://imap.gemeente.nl', mailbox: 'INBOX', moveTo: 'Loket/Verwerkt', pollSeconds: 60 });
    expect(email.smtpOut).toEqual({ host: 'smtp.gemeente.nl', port: 465, secure: true, user: 'kcc@gemeente.nl', password: 'p@ss' });
    expect(loadConfig({ SMTP_OUT_HOST: 'smtp.gemeente.nl', EMAIL_FROM: 'kcc@gemeente.nl' }).email.smtpOut).toMatchObject({ port: 587, secure: false });
  });

  it('names the variable that is missing or wrong', () => {
    expect(() => loadConfig({ SMTP_PORT: '25' })).toThrow(/SMTP_RECIPIENTS/);
    expect(() => loadConfig({ SMTP_PORT: 'vijfentwintig', SMTP_RECIPIENTS: 'gemeente.nl' })).toThrow(/SMTP_PORT/);
    expect(() => loadConfig({ IMAP_URL: 'https://imap.gemeente.nl', IMAP_USER: 'a', IMAP_PASSWORD: 'b' })).toThrow(/IMAP_URL/);
    expect(() => loadConfig({ IMAP_URL: 'imap://imap.gemeente.nl' })).toThrow(/IMAP_USER/);
    expect(() => loadConfig({ SMTP_OUT_URL: 'smtp://smtp.gemeente.nl' })).toThrow(/EMAIL_FROM/);
    expect(() => loadConfig({ EMAIL_FROM: 'kcc' })).toThrow(/EMAIL_FROM/);
    // A password in a bad URL is not repeated in the message.
    expect(() => loadConfig({ SMTP_OUT_URL: 'ftp://kcc:geheim@smtp.gemeente.nl', EMAIL_FROM: 'kcc@gemeente.nl' })).toThrow(/^(?!.*geheim).*SMTP_OUT_URL/);
  });
});
