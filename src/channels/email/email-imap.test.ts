import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dovecotBinary } from './dovecot.test-helpers.ts';
import { CITIZEN, startEmailChannel, until, type EmailChannel } from './email.test-helpers.ts';

if (!dovecotBinary) console.warn('dovecot is not installed (apt-get install dovecot-imapd): the IMAP tests are skipped');

describe.skipIf(!dovecotBinary)('a shared IMAP mailbox (Dovecot)', () => {
  let c: EmailChannel;
  let imap: ImapFlow;
  let gesprekId: string;
  /** The Message-ID of Loket's reply, which the citizen's mails below answer. */
  let loketMessageId: string;
  beforeAll(async () => {
    c = await startEmailChannel({ imap: true });
    await c.citizen.sendMail({
      from: CITIZEN,
      to: 'kcc@gemeente.test',
      subject: 'Bladkorf Lindelaan',
      messageId: '<vraag-imap@example.nl>',
      text: 'Komt er een bladkorf?',
    });
    gesprekId = (await c.berichtByMessageId('<vraag-imap@example.nl>'))!.gesprek_id;
    await c.reply(gesprekId, 'Nee, dit jaar niet.');
    await c.deliverAll();
    loketMessageId = c.sink.received.at(-1)!.mail.messageId!;
    imap = new ImapFlow({
      host: '127.0.0.1',
      port: c.dovecot!.port,
      secure: false,
      auth: { user: c.dovecot!.user, pass: c.dovecot!.password },
      logger: false,
    });
    await imap.connect();
  }, 120_000);
  afterAll(async () => {
    await imap?.logout().catch(() => undefined);
    await c?.close();
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
    const bericht = await until(() => c.berichtByMessageId('<imap-1@example.nl>'), 'the IMAP mail to be stored');
    expect(bericht.gesprek_id).toBe(gesprekId);
    await c.agentSocket.next(
      (f) =>
        f.type === 'bericht.nieuw' &&
        (f.data as { bericht: { kanaalBerichtId: string } }).bericht.kanaalBerichtId === '<imap-1@example.nl>',
    );
    expect(await until(async () => ((await seen('<imap-1@example.nl>')) ? true : undefined), 'the \\Seen flag')).toBe(true);
  });

  it('keeps unreadable mail in the "niet verwerkt" list and goes on', async () => {
    await append('Subject: kapot\nMessage-ID: <imap-kapot@example.nl>\n\nGeen afzender.\n');
    const listed = await until(async () => {
      const list = (await c.t.app.inject({ method: 'GET', url: '/api/inkomend/niet-verwerkt', headers: c.agent.headers })).json();
      return list.results.find((r: { kanaalBerichtId: string }) => r.kanaalBerichtId === '<imap-kapot@example.nl>');
    }, 'the unreadable mail in the list');
    expect(listed.laatsteFout).toContain('geen geldige afzender');
    const stored = await c.t.database.db
      .selectFrom('inkomend_bericht')
      .select('ruw')
      .where('kanaal_bericht_id', '=', '<imap-kapot@example.nl>')
      .executeTakeFirstOrThrow();
    expect(stored.ruw).toContain('Geen afzender.');
  });

  it('resumes after the IMAP server went away', async () => {
    await imap.logout();
    await c.dovecot!.restart();
    imap = new ImapFlow({
      host: '127.0.0.1',
      port: c.dovecot!.port,
      secure: false,
      auth: { user: c.dovecot!.user, pass: c.dovecot!.password },
      logger: false,
    });
    await imap.connect();
    await append(`From: ${CITIZEN}\nTo: info@gemeente.test\nSubject: Na de storing\nMessage-ID: <imap-2@example.nl>\n\nNa een herstart.\n`);
    await until(() => c.berichtByMessageId('<imap-2@example.nl>'), 'the mail after reconnecting', 20_000);
    const count = await c.t.database.db.selectFrom('bericht').select('id').where('kanaal_bericht_id', '=', '<imap-1@example.nl>').execute();
    expect(count).toHaveLength(1);
  }, 120_000);
});
