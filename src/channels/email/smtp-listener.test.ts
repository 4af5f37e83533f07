import { networkInterfaces } from 'node:os';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { makeTestCertificate, type TestCertificate } from './tls.test-helpers.ts';

const CITIZEN = 'marieke.jansen@example.nl';
const hasIpv6Loopback = Object.values(networkInterfaces()).some((addresses) => addresses?.some((a) => a.internal && a.address === '::1'));

/**
 * The listener's transport security against a real SMTP client: STARTTLS with the configured
 * certificate, SMTP_REQUIRE_TLS and SMTP_ALLOWED_CLIENTS, one app per configuration.
 */
describe('the SMTP listener’s STARTTLS and client allowlist', () => {
  const certificate: TestCertificate = makeTestCertificate();
  afterAll(() => certificate.remove());
  const tlsFiles = { SMTP_TLS_KEY_FILE: certificate.keyFile, SMTP_TLS_CERT_FILE: certificate.certFile };

  /** Starts an app with the listener configured by env, for the tests of one describe block. */
  const listener = (env: Record<string, string>) => {
    const state = { t: undefined as unknown as TestApp, port: 0, logLines: [] as string[] };
    beforeAll(async () => {
      const logger = { level: 'warn', stream: { write: (line: string) => void state.logLines.push(line) } };
      state.t = await createTestApp(
        { SMTP_PORT: '0', SMTP_HOST: '127.0.0.1', SMTP_RECIPIENTS: 'gemeente.test', ...env },
        { overrides: { logger } },
      );
      state.port = state.t.app.email.smtpPort()!;
    }, 30_000);
    afterAll(async () => state.t?.close());
    return state;
  };
  /** Sends one mail; over 'tls' the client trusts only the generated certificate, so Loket must present that one. */
  const send = async (port: number, messageId: string, how: 'tls' | 'plain', host = '127.0.0.1') => {
    const options: SMTPTransport.Options =
      how === 'tls' ? { host, port, requireTLS: true, tls: { ca: [certificate.cert] } } : { host, port, ignoreTLS: true };
    const client = nodemailer.createTransport(options);
    try {
      const info = await client.sendMail({
        from: CITIZEN,
        to: 'kcc@gemeente.test',
        subject: 'Bladkorf',
        messageId,
        text: 'Komt er een bladkorf?',
      });
      return { code: 250, text: info.response };
    } catch (error) {
      const { responseCode, response } = error as { responseCode?: number; response?: string };
      return { code: responseCode, text: response };
    } finally {
      client.close();
    }
  };
  const stored = async (t: TestApp, messageId: string) =>
    (await t.database.db.selectFrom('inkomend_bericht').select('status').where('kanaal_bericht_id', '=', messageId).executeTakeFirst())
      ?.status;

  describe('with a certificate', () => {
    const app = listener(tlsFiles);
    it('offers STARTTLS with that certificate and stores mail sent over it; plain mail still comes in', async () => {
      expect(await send(app.port, '<tls-1@example.nl>', 'tls')).toMatchObject({ code: 250 });
      expect(await stored(app.t, '<tls-1@example.nl>')).toBe('verwerkt');
      expect(await send(app.port, '<plain-1@example.nl>', 'plain')).toMatchObject({ code: 250 });
      expect(await stored(app.t, '<plain-1@example.nl>')).toBe('verwerkt');
    });
  });

  describe('with SMTP_REQUIRE_TLS and the relay on SMTP_ALLOWED_CLIENTS', () => {
    const app = listener({ ...tlsFiles, SMTP_REQUIRE_TLS: 'true', SMTP_ALLOWED_CLIENTS: '10.9.9.0/24, 127.0.0.1/32' });
    it('refuses MAIL FROM before STARTTLS with 530 and stores nothing', async () => {
      expect(await send(app.port, '<plain-2@example.nl>', 'plain')).toEqual({
        code: 530,
        text: '530 5.7.0 Must issue a STARTTLS command first',
      });
      expect(await stored(app.t, '<plain-2@example.nl>')).toBeUndefined();
    });
    it('accepts the listed relay over STARTTLS', async () => {
      expect(await send(app.port, '<tls-2@example.nl>', 'tls')).toMatchObject({ code: 250 });
      expect(await stored(app.t, '<tls-2@example.nl>')).toBe('verwerkt');
    });
  });

  describe('with a client outside SMTP_ALLOWED_CLIENTS', () => {
    const app = listener({ SMTP_ALLOWED_CLIENTS: '10.9.9.0/24' });
    it('refuses the connection with 554 5.7.1, stores nothing and logs it', async () => {
      expect(await send(app.port, '<elders@example.nl>', 'plain')).toMatchObject({
        code: 554,
        text: expect.stringMatching(/^554 5\.7\.1 127\.0\.0\.1 /),
      });
      expect(await stored(app.t, '<elders@example.nl>')).toBeUndefined();
      const logged = app.logLines.map((line) => JSON.parse(line) as { msg: string; remoteAddress?: string });
      expect(logged).toContainEqual(
        expect.objectContaining({ remoteAddress: '127.0.0.1', msg: expect.stringContaining('SMTP_ALLOWED_CLIENTS') }),
      );
    });
  });

  describe.skipIf(!hasIpv6Loopback)('on a dual-stack listener (::)', () => {
    const app = listener({ SMTP_HOST: '::', SMTP_ALLOWED_CLIENTS: '127.0.0.1/32' });
    it('matches an IPv4 relay, which the socket reports as ::ffff:127.0.0.1, and refuses an unlisted IPv6 client', async () => {
      expect(await send(app.port, '<v4@example.nl>', 'plain', '127.0.0.1')).toMatchObject({ code: 250 });
      expect(await stored(app.t, '<v4@example.nl>')).toBe('verwerkt');
      expect(await send(app.port, '<v6@example.nl>', 'plain', '::1')).toMatchObject({
        code: 554,
        text: expect.stringContaining('5.7.1 ::1 '),
      });
      expect(await stored(app.t, '<v6@example.nl>')).toBeUndefined();
    });
  });
});
