import type { SendMailOptions } from 'nodemailer';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN, startEmailChannel, type EmailChannel } from './email.test-helpers.ts';

/** What the SMTP side refuses, and what happens when the municipality's mail server refuses a reply. */
describe('e-mail delivery and refusals', () => {
  let c: EmailChannel;
  beforeAll(async () => {
    c = await startEmailChannel();
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  it('retries a reply the mail server refuses with 5xx, and finally marks it mislukt', async () => {
    const { gesprekId: other } = (
      await c.t.app.pipeline.receive({
        kanaal: 'email',
        kanaalBerichtId: '<weiger@example.nl>',
        afzender: { soort: 'email', adres: 'weiger@example.nl' },
        draad: {},
        onderwerp: 'Vraag',
        tekst: 'Vraag',
      })
    ).processed!;
    c.sink.failWith = 550;
    try {
      const berichtId = await c.reply(other, 'Antwoord dat niet aankomt');
      await c.deliverAll();
      const bericht = await c.t.database.db.selectFrom('bericht').selectAll().where('id', '=', berichtId).executeTakeFirstOrThrow();
      expect(bericht).toMatchObject({ bezorgstatus: 'mislukt', pogingen: 8 });
      expect(bericht.bezorgfout).toContain('550');
    } finally {
      c.sink.failWith = undefined;
    }
  });

  it('refuses bad input over SMTP with clear codes, and keeps serving', async () => {
    const refused = async (mail: SendMailOptions) => {
      const error = await c.citizen.sendMail(mail).then(
        () => undefined,
        (e: { responseCode: number; response: string }) => e,
      );
      return error && { code: error.responseCode, text: error.response };
    };
    expect(
      await refused({ envelope: { from: CITIZEN, to: ['kcc@gemeente.test'] }, raw: 'Subject: geen afzender\r\n\r\ntekst' }),
    ).toMatchObject({ code: 554, text: expect.stringContaining('5.6.0 Onleesbaar bericht: Het bericht heeft geen geldige afzender') });
    expect(await refused({ from: CITIZEN, to: 'iemand@elders.test', text: 'x' })).toMatchObject({
      code: 550,
      text: expect.stringContaining('5.1.1'),
    });
    expect(await refused({ from: CITIZEN, to: 'kcc@gemeente.test', text: 'x'.repeat(150_000) })).toMatchObject({ code: 552 });
    await c.citizen.sendMail({
      from: CITIZEN,
      to: 'kcc@gemeente.test',
      subject: 'Nog steeds bereikbaar',
      messageId: '<na-fouten@example.nl>',
      text: 'ok',
    });
    expect(await c.berichtByMessageId('<na-fouten@example.nl>')).toBeDefined();
  });

  it('does not offer STARTTLS without a certificate of its own (smtp-server’s built-in one is public)', async () => {
    const tlsClient = nodemailer.createTransport({ host: '127.0.0.1', port: c.t.app.email.smtpPort()!, requireTLS: true });
    const error = await tlsClient.sendMail({ from: CITIZEN, to: 'kcc@gemeente.test', text: 'x' }).then(
      () => undefined,
      (e: { responseCode: number }) => e,
    );
    tlsClient.close();
    expect(error).toMatchObject({ responseCode: 500 });
  });
});
