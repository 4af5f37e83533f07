import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gesprekPartijId } from '../../test/test-app.ts';
import { CITIZEN, startEmailChannel, type EmailChannel } from './email.test-helpers.ts';

/** One citizen's mail thread over real SMTP: in, answered, threaded, deduplicated, auto-replies and bounces. */
describe('an e-mail thread over SMTP', () => {
  let c: EmailChannel;
  beforeAll(async () => {
    c = await startEmailChannel();
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  let gesprekId: string;
  let partijId: string;
  let loketMessageId: string;

  it('takes a mail over SMTP: stored with its MIME, sanitised, with its attachment, to a connected agent and on the tijdlijn', async () => {
    const info = await c.citizen.sendMail({
      from: `Marieke Jansen <${CITIZEN}>`,
      to: 'kcc@gemeente.test',
      subject: 'Bladkorf Lindelaan',
      messageId: '<vraag-1@example.nl>',
      text: 'Komt er dit jaar een bladkorf in de Lindelaan?',
      html: '<p>Komt er dit jaar een <b>bladkorf</b> in de Lindelaan?</p><script>alert(1)</script>',
      attachments: [{ filename: 'foto.txt', content: 'een foto van de straat' }],
    });
    expect(info.response).toMatch(/^250 2\.0\.0 Ontvangen als <vraag-1@example\.nl>/);
    const event = await c.agentSocket.next(
      (f) =>
        f.type === 'bericht.nieuw' &&
        (f.data as { bericht: { kanaalBerichtId: string } }).bericht.kanaalBerichtId === '<vraag-1@example.nl>',
    );
    gesprekId = (event.data as { gesprekId: string }).gesprekId;

    const view = await c.gesprek(gesprekId);
    expect(view).toMatchObject({ kanaal: 'email', status: 'open', onderwerp: 'Bladkorf Lindelaan', metadata: { antwoordAan: CITIZEN } });
    partijId = (await gesprekPartijId(c.t.database, gesprekId))!;
    expect(partijId).toEqual(expect.any(String));
    const stored = await c.t.database.db
      .selectFrom('inkomend_bericht')
      .selectAll()
      .where('kanaal_bericht_id', '=', '<vraag-1@example.nl>')
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('verwerkt');
    expect(stored.ruw).toContain('Subject: Bladkorf Lindelaan');
    const bericht = (await c.berichtByMessageId('<vraag-1@example.nl>'))!;
    expect(bericht.html).toBe('<p>Komt er dit jaar een <b>bladkorf</b> in de Lindelaan?</p>');
    const bijlagen = await c.t.database.db
      .selectFrom('bijlage')
      .select(['bestandsnaam', 'inhoud'])
      .where('bericht_id', '=', bericht.id)
      .execute();
    expect(bijlagen.map((b) => [b.bestandsnaam, Buffer.from(b.inhoud!).toString()])).toEqual([['foto.txt', 'een foto van de straat']]);

    const tijdlijn = (await c.t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: c.agent.headers })).json();
    expect(tijdlijn.items).toEqual(expect.arrayContaining([expect.objectContaining({ kanaal: 'email', gesprekId })]));
  });

  it('sends the agent’s reply by SMTP with threading headers, and the citizen’s answer lands in the same gesprek', async () => {
    const berichtId = await c.reply(gesprekId, 'Beste mevrouw Jansen,\n\nDe Lindelaan krijgt geen bladkorf.');
    await c.deliverAll();
    const sent = c.sink.received.at(-1)!;
    expect(sent.to).toEqual([CITIZEN]);
    expect(sent.from).toBe('kcc@gemeente.test');
    expect(sent.mail.subject).toBe('Re: Bladkorf Lindelaan');
    expect(sent.mail.inReplyTo).toBe('<vraag-1@example.nl>');
    expect(sent.mail.references).toBe('<vraag-1@example.nl>');
    expect(sent.mail.messageId).toBe(`<bericht.${berichtId}@gemeente.test>`);
    expect(sent.mail.text).toContain('geen bladkorf');
    expect(sent.mail.html).toContain('<p>De Lindelaan krijgt geen bladkorf.</p>');
    loketMessageId = sent.mail.messageId!;
    expect((await c.gesprek(gesprekId)).berichten.at(-1)).toMatchObject({ id: berichtId, bezorgstatus: 'verzonden' });

    await c.citizen.sendMail({
      from: CITIZEN,
      to: 'kcc@gemeente.test',
      subject: 'RE: Re: Bladkorf Lindelaan',
      messageId: '<vraag-2@example.nl>',
      inReplyTo: loketMessageId,
      references: ['<vraag-1@example.nl>', loketMessageId],
      text: 'Jammer. Kan het volgend jaar wel?',
    });
    expect((await c.berichtByMessageId('<vraag-2@example.nl>'))?.gesprek_id).toBe(gesprekId);

    await c.reply(gesprekId, 'Dat nemen we mee in de planning.');
    await c.deliverAll();
    const second = c.sink.received.at(-1)!.mail;
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
    await c.citizen.sendMail(mail);
    await c.citizen.sendMail(mail);
    const rows = await c.t.database.db.selectFrom('bericht').select('id').where('kanaal_bericht_id', '=', '<dubbel@example.nl>').execute();
    expect(rows).toHaveLength(1);
  });

  it('stores an auto-reply as such on its gesprek, without reopening it or answering it', async () => {
    expect(
      (await c.t.app.inject({ method: 'POST', url: `/api/gesprekken/${gesprekId}/afhandelen`, headers: c.agent.headers })).statusCode,
    ).toBe(200);
    const sentBefore = c.sink.received.length;
    await c.citizen.sendMail({
      from: CITIZEN,
      to: 'kcc@gemeente.test',
      subject: 'Automatisch antwoord: Re: Bladkorf Lindelaan',
      messageId: '<afwezig@example.nl>',
      inReplyTo: loketMessageId,
      headers: { 'Auto-Submitted': 'auto-replied' },
      text: 'Ik ben tot maandag afwezig.',
    });
    const view = await c.gesprek(gesprekId);
    expect(view.status).toBe('afgehandeld');
    expect(view.berichten.at(-1)).toMatchObject({ inhoud: 'Ik ben tot maandag afwezig.', metadata: { automatisch: 'autoreply' } });
    await c.deliverAll();
    expect(c.sink.received).toHaveLength(sentBefore);
  });

  it('marks a reply as mislukt when a bounce reports it, and shows the bounce on the gesprek', async () => {
    const berichtId = await c.reply(gesprekId, 'Nog een aanvulling.');
    await c.deliverAll();
    const messageId = `<bericht.${berichtId}@gemeente.test>`;
    // The auto-reply in between is no part of the thread the reply answers.
    expect(c.sink.received.at(-1)!.mail).toMatchObject({ messageId, inReplyTo: '<vraag-2@example.nl>' });
    expect(c.sink.received.at(-1)!.mail.references).not.toContain('<afwezig@example.nl>');
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
    const partijenBefore = await c.t.database.db.selectFrom('partij').select('id').execute();
    await c.citizen.sendMail({ envelope: { from: '', to: ['kcc@gemeente.test'] }, raw: dsn });
    const view = await c.gesprek(gesprekId);
    expect(view.berichten.find((b: { id: string }) => b.id === berichtId)).toMatchObject({
      bezorgstatus: 'mislukt',
      bezorgfout: expect.stringContaining('mailbox vol'),
    });
    expect(view.berichten.at(-1)).toMatchObject({ richting: 'inkomend', metadata: { automatisch: 'bounce' } });
    expect(view.status).toBe('afgehandeld');
    expect(await c.t.database.db.selectFrom('partij').select('id').execute()).toHaveLength(partijenBefore.length);
  });
});
