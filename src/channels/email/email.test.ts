import type { AddressInfo } from 'node:net';
import { ImapFlow } from 'imapflow';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../../conversations/outbound.ts';
import { createTestApp, gesprekPartijId, type Session, type TestApp } from '../../test/test-app.ts';
import { TestSocket } from '../../test/ws-client.ts';
import { dovecotBinary, startDovecot, type Dovecot } from './dovecot.test-helpers.ts';
import { startSmtpSink, type SmtpSink } from './smtp-sink.test-helpers.ts';

if (!dovecotBinary) console.warn('dovecot is not installed (apt-get install dovecot-imapd): the IMAP tests are skipped');

const CITIZEN = 'marieke.jansen@example.nl';
const until = async <T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('the e-mail channel against real SMTP and IMAP peers', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let dovecot: Dovecot | undefined;
  let agent: Session;
  let agentSocket: TestSocket;
  let citizen: Transporter;

  beforeAll(async () => {
    sink = await startSmtpSink();
    dovecot = dovecotBinary ? await startDovecot() : undefined;
    t = await createTestApp({
      SMTP_PORT: '0',
      SMTP_HOST: '127.0.0.1',
      SMTP_RECIPIENTS: 'gemeente.test',
      SMTP_MAX_BYTES: '100000',
      EMAIL_FROM: 'Gemeente Lindendaal <kcc@gemeente.test>',
      SMTP_OUT_URL: `smtp://127.0.0.1:${sink.port}`,
      ...(dovecot
        ? { IMAP_URL: `imap://127.0.0.1:${dovecot.port}`, IMAP_USER: dovecot.user, IMAP_PASSWORD: dovecot.password, IMAP_POLL_SECONDS: '2' }
        : {}),
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await t.login(['kcc', 'beheerder']);
    agentSocket = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/realtime`, {
      cookie: agent.cookie,
    });
    await agentSocket.next((f) => f.type === 'verbonden');
    citizen = nodemailer.createTransport({ host: '127.0.0.1', port: t.app.email.smtpPort()!, secure: false, ignoreTLS: true });
  }, 30_000);
  afterAll(async () => {
    agentSocket?.close();
    citizen?.close();
    await t?.close();
    await sink?.close();
    await dovecot?.stop();
  });

  const gesprek = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${id}`, headers: agent.headers })).json();
  const berichtByMessageId = (id: string) =>
    t.database.db.selectFrom('bericht').selectAll().where('kanaal_bericht_id', '=', id).executeTakeFirst();
  const reply = async (gesprekId: string, tekst: string) => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/berichten`,
      headers: agent.headers,
      payload: { tekst },
    });
    expect(response.json()).toMatchObject({ richting: 'uitgaand', bezorgstatus: 'wachtrij' });
    return response.json().id as string;
  };
  /** Runs the delivery job until nothing is due, with the back-off skipped, like the clock moving on. */
  const deliverAll = async () => {
    for (let i = 0; i < 10; i++) {
      await t.database.db.updateTable('bericht').set({ volgende_poging_op: new Date() }).where('bezorgstatus', '=', 'wachtrij').execute();
      await deliverDue(t.database.db, t.app.outbound);
      const left = await t.database.db.selectFrom('bericht').select('id').where('bezorgstatus', '=', 'wachtrij').execute();
      if (left.length === 0) return;
    }
  };

  let gesprekId: string;
  let partijId: string;
  let loketMessageId: string;

  it('takes a mail over SMTP: stored with its MIME, sanitised, with its attachment, to a connected agent and on the tijdlijn', async () => {
    const sentAt = performance.now();
    const info = await citizen.sendMail({
      from: `Marieke Jansen <${CITIZEN}>`,
      to: 'kcc@gemeente.test',
      subject: 'Bladkorf Lindelaan',
      messageId: '<vraag-1@example.nl>',
      text: 'Komt er dit jaar een bladkorf in de Lindelaan?',
      html: '<p>Komt er dit jaar een <b>bladkorf</b> in de Lindelaan?</p><script>alert(1)</script>',
      attachments: [{ filename: 'foto.txt', content: 'een foto van de straat' }],
    });
    expect(info.response).toMatch(/^250 2\.0\.0 Ontvangen als <vraag-1@example\.nl>/);
    const event = await agentSocket.next(
      (f) =>
        f.type === 'bericht.nieuw' &&
        (f.data as { bericht: { kanaalBerichtId: string } }).bericht.kanaalBerichtId === '<vraag-1@example.nl>',
    );
    expect(performance.now() - sentAt).toBeLessThan(2000);
    gesprekId = (event.data as { gesprekId: string }).gesprekId;

    const view = await gesprek(gesprekId);
    expect(view).toMatchObject({ kanaal: 'email', status: 'open', onderwerp: 'Bladkorf Lindelaan', metadata: { antwoordAan: CITIZEN } });
    partijId = (await gesprekPartijId(t.database, gesprekId))!;
    expect(partijId).toEqual(expect.any(String));
    const stored = await t.database.db
      .selectFrom('inkomend_bericht')
      .selectAll()
      .where('kanaal_bericht_id', '=', '<vraag-1@example.nl>')
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('verwerkt');
    expect(stored.ruw).toContain('Subject: Bladkorf Lindelaan');
    const bericht = (await berichtByMessageId('<vraag-1@example.nl>'))!;
    expect(bericht.html).toBe('<p>Komt er dit jaar een <b>bladkorf</b> in de Lindelaan?</p>');
    const bijlagen = await t.database.db
      .selectFrom('bijlage')
      .select(['bestandsnaam', 'inhoud'])
      .where('bericht_id', '=', bericht.id)
      .execute();
    expect(bijlagen.map((b) => [b.bestandsnaam, Buffer.from(b.inhoud!).toString()])).toEqual([['foto.txt', 'een foto van de straat']]);

    const tijdlijn = (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: agent.headers })).json();
    expect(tijdlijn.items).toEqual(expect.arrayContaining([expect.objectContaining({ kanaal: 'email', gesprekId })]));
  });

  it('sends the agent’s reply by SMTP with threading headers, and the citizen’s answer lands in the same gesprek', async () => {
    const berichtId = await reply(gesprekId, 'Beste mevrouw Jansen,\n\nDe Lindelaan krijgt geen bladkorf.');
    await deliverAll();
    const sent = sink.received.at(-1)!;
    expect(sent.to).toEqual([CITIZEN]);
    expect(sent.from).toBe('kcc@gemeente.test');
    expect(sent.mail.subject).toBe('Re: Bladkorf Lindelaan');
    expect(sent.mail.inReplyTo).toBe('<vraag-1@example.nl>');
    expect(sent.mail.references).toBe('<vraag-1@example.nl>');
    expect(sent.mail.messageId).toBe(`<bericht.${berichtId}@gemeente.test>`);
    expect(sent.mail.text).toContain('geen bladkorf');
    expect(sent.mail.html).toContain('<p>De Lindelaan krijgt geen bladkorf.</p>');
    loketMessageId = sent.mail.messageId!;
    expect((await gesprek(gesprekId)).berichten.at(-1)).toMatchObject({ id: berichtId, bezorgstatus: 'verzonden' });

    await citizen.sendMail({
      from: CITIZEN,
      to: 'kcc@gemeente.test',
      subject: 'RE: Re: Bladkorf Lindelaan',
      messageId: '<vraag-2@example.nl>',
      inReplyTo: loketMessageId,
      references: ['<vraag-1@example.nl>', loketMessageId],
      text: 'Jammer. Kan het volgend jaar wel?',
    });
    expect((await berichtByMessageId('<vraag-2@example.nl>'))?.gesprek_id).toBe(gesprekId);

    await reply(gesprekId, 'Dat nemen we mee in de planning.');
    await deliverAll();
    const second = sink.received.at(-1)!.mail;
    expect(second.subject).toBe('Re: Bladkorf Lindelaan');
    expect(second.inReplyTo).toBe('<vraag-2@example.nl>');
    expect(second.references).toEqual(['<vraag-1@example.nl>', loketMessageId, '<vraag-2@example.nl>']);
  });

  it('stores the same Message-ID once, however often it arrives', async () => {
    const mail = {
      from: CITIZEN,
      to: 'kcc@gemeente.test',
      subject: 'Dubbel',
      messageId: '<dubbel@example.nl>',
      text: 'Twee keer verstuurd',
    };
    await citizen.sendMail(mail);
    await citizen.sendMail(mail);
    const rows = await t.database.db.selectFrom('bericht').select('id').where('kanaal_bericht_id', '=', '<dubbel@example.nl>').execute();
    expect(rows).toHaveLength(1);
  });

  it('stores an auto-reply as such on its gesprek, without reopening it or answering it', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/gesprekken/${gesprekId}/afhandelen`, headers: agent.headers })).statusCode,
    ).toBe(200);
    const sentBefore = sink.received.length;
    await citizen.sendMail({
      from: CITIZEN,
      to: 'kcc@gemeente.test',
      subject: 'Automatisch antwoord: Re: Bladkorf Lindelaan',
      messageId: '<afwezig@example.nl>',
      inReplyTo: loketMessageId,
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'Ik ben tot maandag afwezig.',
    });
    const view = await gesprek(gesprekId);
    expect(view.status).toBe('afgehandeld');
    expect(view.berichten.at(-1)).toMatchObject({ inhoud: 'Ik ben tot maandag afwezig.', metadata: { automatisch: 'autoreply' } });
    await deliverAll();
    expect(sink.received).toHaveLength(sentBefore);
  });

  it('marks a reply as mislukt when a bounce reports it, and shows the bounce on the gesprek', async () => {
    const berichtId = await reply(gesprekId, 'Nog een aanvulling.');
    await deliverAll();
    const messageId = `<bericht.${berichtId}@gemeente.test>`;
    // The auto-reply in between is no part of the thread the reply answers.
    expect(sink.received.at(-1)!.mail).toMatchObject({ messageId, inReplyTo: '<vraag-2@example.nl>' });
    expect(sink.received.at(-1)!.mail.references).not.toContain('<afwezig@example.nl>');
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.nl>',
      'To: kcc@gemeente.test',
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <bounce-1@mx.example.nl>',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Het bericht kon niet worden afgeleverd: mailbox vol.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.nl',
      '',
      `Final-Recipient: rfc822; ${CITIZEN}`,
      'Action: failed',
      'Status: 5.2.2',
      '--b',
      'Content-Type: message/rfc822',
      '',
      'From: kcc@gemeente.test',
      `Message-ID: ${messageId}`,
      'Subject: Re: Bladkorf Lindelaan',
      '',
      'Nog een aanvulling.',
      '--b--',
      '',
    ].join('\r\n');
    const partijenBefore = await t.database.db.selectFrom('partij').select('id').execute();
    await citizen.sendMail({ envelope: { from: '', to: ['kcc@gemeente.test'] }, raw: dsn });
    const view = await gesprek(gesprekId);
    expect(view.berichten.find((b: { id: string }) => b.id === berichtId)).toMatchObject({
      bezorgstatus: 'mislukt',
      bezorgfout: expect.stringContaining('mailbox vol'),
    });
    expect(view.berichten.at(-1)).toMatchObject({ richting: 'inkomend', metadata: { automatisch: 'bounce' } });
    expect(view.status).toBe('afgehandeld');
    expect(await t.database.db.selectFrom('partij').select('id').execute()).toHaveLength(partijenBefore.length);
  });

  it('retries a reply the mail server refuses with 5xx, and finally marks it mislukt', async () => {
    const { gesprekId: other } = (
      await t.app.pipeline.receive({
        kanaal: 'email',
        kanaalBerichtId: '<weiger@example.nl>',
        afzender: { soort: 'email', adres: 'weiger@example.nl' },
        draad: {},
        onderwerp: 'Vraag',
        tekst: 'Vraag',
      })
    ).processed!;
    sink.failWith = 550;
    try {
      const berichtId = await reply(other, 'Antwoord dat niet aankomt');
      await deliverAll();
      const bericht = await t.database.db.selectFrom('bericht').selectAll().where('id', '=', berichtId).executeTakeFirstOrThrow();
      expect(bericht).toMatchObject({ bezorgstatus: 'mislukt', pogingen: 8 });
      expect(bericht.bezorgfout).toContain('550');
    } finally {
      sink.failWith = undefined;
    }
  });

  it('refuses bad input over SMTP with clear codes, and keeps serving', async () => {
    const refused = async (mail: SendMailOptions) => {
      const error = await citizen.sendMail(mail).then(
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
    await citizen.sendMail({
      from: CITIZEN,
      to: 'kcc@gemeente.test',
      subject: 'Nog steeds bereikbaar',
      messageId: '<na-fouten@example.nl>',
      text: 'ok',
    });
    expect(await berichtByMessageId('<na-fouten@example.nl>')).toBeDefined();
  });

  it('does not offer STARTTLS without a certificate of its own (smtp-server’s built-in one is public)', async () => {
    const tlsClient = nodemailer.createTransport({ host: '127.0.0.1', port: t.app.email.smtpPort()!, requireTLS: true });
    const error = await tlsClient.sendMail({ from: CITIZEN, to: 'kcc@gemeente.test', text: 'x' }).then(
      () => undefined,
      (e: { responseCode: number }) => e,
    );
    tlsClient.close();
    expect(error).toMatchObject({ responseCode: 500 });
  });

  describe.skipIf(!dovecotBinary)('a shared IMAP mailbox (Dovecot)', () => {
    let imap: ImapFlow;
    beforeAll(async () => {
      imap = new ImapFlow({
        host: '127.0.0.1',
        port: dovecot!.port,
        secure: false,
        auth: { user: dovecot!.user, pass: dovecot!.password },
        logger: false,
      });
      await imap.connect();
    });
    afterAll(async () => {
      await imap?.logout().catch(() => undefined);
    });
    const append = (raw: string) => imap.append('INBOX', raw.split('\n').join('\r\n'));
    const seen = async (messageId: string) => {
      await imap.mailboxOpen('INBOX');
      const uids = (await imap.search({ header: { 'message-id': messageId } }, { uid: true })) || [];
      const message = await imap.fetchOne(String(uids[0]), { flags: true }, { uid: true });
      return message && message.flags?.has('\\Seen');
    };

    it('picks up mail delivered to the mailbox, threads it, and marks it \\Seen', async () => {
      await append(
        `From: ${CITIZEN}\nTo: info@gemeente.test\nSubject: Re: Bladkorf Lindelaan\nMessage-ID: <imap-1@example.nl>\nIn-Reply-To: ${loketMessageId}\n\nVia de gedeelde postbus.\n`,
      );
      const bericht = await until(() => berichtByMessageId('<imap-1@example.nl>'), 'the IMAP mail to be stored');
      expect(bericht.gesprek_id).toBe(gesprekId);
      await agentSocket.next(
        (f) =>
          f.type === 'bericht.nieuw' &&
          (f.data as { bericht: { kanaalBerichtId: string } }).bericht.kanaalBerichtId === '<imap-1@example.nl>',
      );
      expect(await until(async () => ((await seen('<imap-1@example.nl>')) ? true : undefined), 'the \\Seen flag')).toBe(true);
    });

    it('keeps unreadable mail in the "niet verwerkt" list and goes on', async () => {
      await append('Subject: kapot\nMessage-ID: <imap-kapot@example.nl>\n\nGeen afzender.\n');
      const listed = await until(async () => {
        const list = (await t.app.inject({ method: 'GET', url: '/api/inkomend/niet-verwerkt', headers: agent.headers })).json();
        return list.results.find((r: { kanaalBerichtId: string }) => r.kanaalBerichtId === '<imap-kapot@example.nl>');
      }, 'the unreadable mail in the list');
      expect(listed.laatsteFout).toContain('geen geldige afzender');
      const stored = await t.database.db
        .selectFrom('inkomend_bericht')
        .select('ruw')
        .where('kanaal_bericht_id', '=', '<imap-kapot@example.nl>')
        .executeTakeFirstOrThrow();
      expect(stored.ruw).toContain('Geen afzender.');
    });

    it('resumes after the IMAP server went away', async () => {
      await imap.logout();
      await dovecot!.restart();
      imap = new ImapFlow({
        host: '127.0.0.1',
        port: dovecot!.port,
        secure: false,
        auth: { user: dovecot!.user, pass: dovecot!.password },
        logger: false,
      });
      await imap.connect();
      await append(
        `From: ${CITIZEN}\nTo: info@gemeente.test\nSubject: Na de storing\nMessage-ID: <imap-2@example.nl>\n\nNa een herstart.\n`,
      );
      await until(() => berichtByMessageId('<imap-2@example.nl>'), 'the mail after reconnecting', 20_000);
      const count = await t.database.db.selectFrom('bericht').select('id').where('kanaal_bericht_id', '=', '<imap-1@example.nl>').execute();
      expect(count).toHaveLength(1);
    }, 30_000);
  });
});
