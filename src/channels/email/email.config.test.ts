import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import { makeTestCertificate, type TestCertificate } from './tls.test-helpers.ts';

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
    expect(email.smtpIn).toEqual({
      port: 2525,
      host: '0.0.0.0',
      recipients: ['gemeente.nl', 'info@lindendaal.nl'],
      maxBytes: 25 * 1024 * 1024,
      tls: undefined,
      requireTls: false,
      allowedClients: undefined,
    });
    expect(email.imap).toMatchObject({ url: 'imaps://imap.gemeente.nl', mailbox: 'INBOX', moveTo: 'Loket/Verwerkt', pollSeconds: 60 });
    expect(email.smtpOut).toEqual({ host: 'smtp.gemeente.nl', port: 465, secure: true, user: 'kcc@gemeente.nl', password: 'p@ss' });
    expect(loadConfig({ SMTP_OUT_HOST: 'smtp.gemeente.nl', EMAIL_FROM: 'kcc@gemeente.nl' }).email.smtpOut).toMatchObject({
      port: 587,
      secure: false,
    });
  });

  it('names the variable that is missing or wrong', () => {
    expect(() => loadConfig({ SMTP_PORT: '25' })).toThrow(/SMTP_RECIPIENTS/);
    expect(() => loadConfig({ SMTP_PORT: 'vijfentwintig', SMTP_RECIPIENTS: 'gemeente.nl' })).toThrow(/SMTP_PORT/);
    expect(() => loadConfig({ IMAP_URL: 'https://imap.gemeente.nl', IMAP_USER: 'a', IMAP_PASSWORD: 'b' })).toThrow(/IMAP_URL/);
    expect(() => loadConfig({ IMAP_URL: 'imap://imap.gemeente.nl' })).toThrow(/IMAP_USER/);
    expect(() => loadConfig({ SMTP_OUT_URL: 'smtp://smtp.gemeente.nl' })).toThrow(/EMAIL_FROM/);
    expect(() => loadConfig({ EMAIL_FROM: 'kcc' })).toThrow(/EMAIL_FROM/);
    // A password in a bad URL is not repeated in the message.
    expect(() => loadConfig({ SMTP_OUT_URL: 'ftp://kcc:geheim@smtp.gemeente.nl', EMAIL_FROM: 'kcc@gemeente.nl' })).toThrow(
      /^(?!.*geheim).*SMTP_OUT_URL/,
    );
  });

  describe('the SMTP listener’s STARTTLS and client allowlist', () => {
    let certificate: TestCertificate;
    beforeAll(() => {
      certificate = makeTestCertificate();
    });
    afterAll(() => certificate?.remove());
    const listener = (env: Record<string, string>) => loadConfig({ SMTP_PORT: '25', SMTP_RECIPIENTS: 'gemeente.nl', ...env }).email.smtpIn!;
    const withTls = () => ({ SMTP_TLS_KEY_FILE: certificate.keyFile, SMTP_TLS_CERT_FILE: certificate.certFile });
    const problem = (env: Record<string, string>) => {
      try {
        listener(env);
        return undefined;
      } catch (error) {
        return error instanceof ConfigError ? { variable: error.variable, message: error.message } : error;
      }
    };

    it('reads the key and certificate at start, and requires TLS only when asked', () => {
      const smtpIn = listener(withTls());
      expect(smtpIn.tls?.cert.equals(certificate.cert)).toBe(true);
      expect(smtpIn.tls?.key.toString()).toContain('PRIVATE KEY');
      expect(smtpIn.requireTls).toBe(false);
      expect(listener({ ...withTls(), SMTP_REQUIRE_TLS: 'true' }).requireTls).toBe(true);
    });

    it('reads the allowlist into ranges; unset lets any client in', () => {
      const { allowedClients } = listener({ SMTP_ALLOWED_CLIENTS: '10.9.9.0/24, 2001:db8::/32, 192.0.2.10' });
      expect(allowedClients?.check('10.9.9.77')).toBe(true);
      expect(allowedClients?.check('2001:db8::1', 'ipv6')).toBe(true);
      expect(allowedClients?.check('192.0.2.11')).toBe(false);
      expect(listener({ SMTP_ALLOWED_CLIENTS: ' ' }).allowedClients).toBeUndefined();
    });

    it('names the variable when the TLS files are missing, unreadable, not PEM or not a pair', () => {
      const junk = join(certificate.dir, 'junk.pem');
      writeFileSync(junk, 'geen pem');
      const other = makeTestCertificate();
      try {
        expect(problem({ SMTP_TLS_KEY_FILE: certificate.keyFile })).toMatchObject({
          variable: 'SMTP_TLS_CERT_FILE',
          message: expect.stringContaining('required when SMTP_TLS_KEY_FILE is set'),
        });
        expect(problem({ SMTP_TLS_CERT_FILE: certificate.certFile })).toMatchObject({ variable: 'SMTP_TLS_KEY_FILE' });
        expect(problem({ ...withTls(), SMTP_TLS_KEY_FILE: join(certificate.dir, 'weg.key') })).toMatchObject({
          variable: 'SMTP_TLS_KEY_FILE',
          message: expect.stringMatching(/cannot read ".*weg\.key" \(ENOENT\)/),
        });
        expect(problem({ ...withTls(), SMTP_TLS_CERT_FILE: certificate.dir })).toMatchObject({
          variable: 'SMTP_TLS_CERT_FILE',
          message: expect.stringContaining('EISDIR'),
        });
        expect(problem({ ...withTls(), SMTP_TLS_KEY_FILE: junk })).toMatchObject({
          variable: 'SMTP_TLS_KEY_FILE',
          message: expect.stringContaining('not a PEM private key'),
        });
        expect(problem({ ...withTls(), SMTP_TLS_CERT_FILE: junk })).toMatchObject({
          variable: 'SMTP_TLS_CERT_FILE',
          message: expect.stringContaining('not a PEM certificate'),
        });
        expect(problem({ ...withTls(), SMTP_TLS_CERT_FILE: other.certFile })).toMatchObject({
          variable: 'SMTP_TLS_CERT_FILE',
          message: expect.stringContaining('does not belong to the key in SMTP_TLS_KEY_FILE'),
        });
      } finally {
        other.remove();
      }
    });

    it('allows SMTP_REQUIRE_TLS only with a certificate, and names a bad allowlist entry', () => {
      expect(problem({ SMTP_REQUIRE_TLS: 'true' })).toMatchObject({
        variable: 'SMTP_REQUIRE_TLS',
        message: expect.stringContaining('SMTP_TLS_KEY_FILE and SMTP_TLS_CERT_FILE'),
      });
      expect(problem({ ...withTls(), SMTP_REQUIRE_TLS: 'soms' })).toMatchObject({ variable: 'SMTP_REQUIRE_TLS' });
      expect(problem({ SMTP_REQUIRE_TLS: 'false' })).toBeUndefined();
      expect(problem({ SMTP_ALLOWED_CLIENTS: '10.9.9.0/24,relay.gemeente.nl' })).toMatchObject({
        variable: 'SMTP_ALLOWED_CLIENTS',
        message: expect.stringContaining('got "relay.gemeente.nl"'),
      });
      expect(problem({ SMTP_ALLOWED_CLIENTS: '10.9.9.0/40' })).toMatchObject({
        variable: 'SMTP_ALLOWED_CLIENTS',
        message: expect.stringContaining('got "10.9.9.0/40"'),
      });
    });
  });
});
