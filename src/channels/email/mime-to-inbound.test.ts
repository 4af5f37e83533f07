import { describe, expect, it } from 'vitest';
import { acceptsRecipient } from './smtp-listener.ts';
import { MimeError, mimeToInbound } from './mime-to-inbound.ts';
import { replySubject, textToHtml } from './smtp-outbound.ts';

const mime = (headers: string, body = 'Hallo gemeente') => Buffer.from(`${headers.trim().split('\n').join('\r\n')}\r\n\r\n${body}`);

const plain = (extra = '') =>
  mime(`From: Marieke Jansen <marieke@example.nl>
To: kcc@gemeente.test
Subject: Bladkorf Lindelaan
Date: Mon, 30 Nov 2026 10:00:00 +0100
${extra}`);

describe('MIME to an inbound message', () => {
  it('takes sender, subject, text, date, and threading ids', async () => {
    const { message, automatisch } = await mimeToInbound(
      plain('Message-ID: <m1@example.nl>\nIn-Reply-To: <bericht.1@gemeente.test>\nReferences: <a@example.nl> <bericht.1@gemeente.test>'),
    );
    expect(automatisch).toBeUndefined();
    expect(message).toMatchObject({
      kanaal: 'email',
      kanaalBerichtId: '<m1@example.nl>',
      afzender: { soort: 'email', adres: 'marieke@example.nl', naam: 'Marieke Jansen' },
      onderwerp: 'Bladkorf Lindelaan',
      tekst: 'Hallo gemeente',
      verzondenOp: '2026-11-30T09:00:00.000Z',
    });
    expect(message.draad.antwoordOp).toEqual(['<a@example.nl>', '<bericht.1@gemeente.test>']);
  });

  it('makes a stable Message-ID from the content when the mail has none', async () => {
    const first = await mimeToInbound(plain());
    const again = await mimeToInbound(plain());
    const other = await mimeToInbound(plain('X-Other: 1'));
    expect(first.message.kanaalBerichtId).toMatch(/^<[0-9a-f]{40}@loket\.invalid>$/);
    expect(again.message.kanaalBerichtId).toBe(first.message.kanaalBerichtId);
    expect(other.message.kanaalBerichtId).not.toBe(first.message.kanaalBerichtId);
  });

  it('sanitises HTML and keeps attachments as bijlagen', async () => {
    const raw = mime(
      `From: a@example.nl
Subject: Foto
Content-Type: multipart/mixed; boundary="grens"`,
      [
        '--grens',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p onclick="steel()">Zie <a href="javascript:alert(1)">hier</a> en <a href="https://www.gemeente.test">daar</a></p><script>alert(1)</script><img src="https://tracker.example/pixel.gif">',
        '--grens',
        'Content-Type: application/pdf; name="brief.pdf"',
        'Content-Disposition: attachment; filename="brief.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('%PDF-1.4 test').toString('base64'),
        '--grens--',
      ].join('\r\n'),
    );
    const { message } = await mimeToInbound(raw);
    expect(message.html).toBe(
      '<p>Zie <a rel="noopener noreferrer">hier</a> en <a href="https://www.gemeente.test" rel="noopener noreferrer">daar</a></p>',
    );
    expect(message.bijlagen).toEqual([
      { bestandsnaam: 'brief.pdf', contentType: 'application/pdf', inhoudBase64: Buffer.from('%PDF-1.4 test').toString('base64') },
    ]);
  });

  it.each([
    ['Auto-Submitted: auto-replied', 'autoreply'],
    ['X-Autoreply: yes', 'autoreply'],
    ['X-Autorespond: 1', 'autoreply'],
    ['Precedence: bulk', 'autoreply'],
    ['Precedence: junk', 'autoreply'],
    ['Precedence: list', 'autoreply'],
  ])('recognises %s as an auto-reply', async (header, soort) => {
    const { automatisch, message } = await mimeToInbound(plain(header));
    expect(automatisch?.soort).toBe(soort);
    expect(message.metadata).toMatchObject({ automatisch: soort });
  });

  it.each(['Automatisch antwoord: Bladkorf', 'Out of Office: back Monday', 'Automatic reply: Bladkorf'])(
    'recognises the subject "%s"',
    async (subject) => {
      const raw = mime(`From: a@example.nl\nSubject: ${subject}`);
      expect((await mimeToInbound(raw)).automatisch?.soort).toBe('autoreply');
    },
  );

  it('does not take Auto-Submitted: no for an auto-reply', async () => {
    expect((await mimeToInbound(plain('Auto-Submitted: no'))).automatisch).toBeUndefined();
  });

  it('recognises bounces and finds the Message-ID of the mail that bounced', async () => {
    const dsn = mime(
      `From: Mail Delivery System <MAILER-DAEMON@mx.example.nl>
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="b"`,
      [
        '--b',
        'Content-Type: text/plain',
        '',
        'Uw bericht kon niet worden afgeleverd.',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.example.nl',
        '',
        'Final-Recipient: rfc822; weg@example.nl',
        'Action: failed',
        'Status: 5.1.1',
        '--b',
        'Content-Type: text/rfc822-headers',
        '',
        'From: kcc@gemeente.test',
        'Message-ID: <bericht.42@gemeente.test>',
        '--b--',
      ].join('\r\n'),
    );
    const { automatisch, bouncedIds, message } = await mimeToInbound(dsn);
    expect(automatisch?.soort).toBe('bounce');
    expect(bouncedIds).toEqual(['<bericht.42@gemeente.test>']);
    expect(message.afzender).toBeNull();
    expect(message.draad.antwoordOp).toContain('<bericht.42@gemeente.test>');
    // A null reverse-path (MAIL FROM:<>) alone is enough.
    expect((await mimeToInbound(plain(), { from: '' })).automatisch?.soort).toBe('bounce');
  });

  it.each([
    ['no headers at all', Buffer.from('dit is geen e-mail\nmaar tekst')],
    ['binary junk', Buffer.from([0, 1, 2, 255, 254, 10, 13, 0])],
    ['no From', mime('Subject: hoi\nMessage-ID: <zonder-afzender@example.nl>')],
    [
      'a multipart whose boundary never comes',
      mime('From: a@example.nl\nContent-Type: multipart/mixed; boundary="xyz"', '--abc\r\nContent-Type: text/plain\r\n\r\nhallo\r\n'),
    ],
  ])('refuses %s with a MimeError', async (_name, raw) => {
    await expect(mimeToInbound(raw)).rejects.toBeInstanceOf(MimeError);
  });
});

describe('replies and recipients', () => {
  it('prefixes "Re:" once', () => {
    expect(replySubject('Bladkorf')).toBe('Re: Bladkorf');
    expect(replySubject('RE: Antw: re: Bladkorf')).toBe('Re: Bladkorf');
    expect(replySubject(null)).toBe('Re: uw bericht aan de gemeente');
  });

  it('writes plain text as simple, escaped HTML', () => {
    expect(textToHtml('Beste <mevrouw>,\n\nDe korf komt.\nGroet')).toBe('<p>Beste &#60;mevrouw&#62;,</p>\n<p>De korf komt.<br>Groet</p>');
  });

  it('accepts configured domains and addresses only', () => {
    const recipients = ['gemeente.test', 'info@lindendaal.test'];
    expect(acceptsRecipient(recipients, 'KCC@Gemeente.test')).toBe(true);
    expect(acceptsRecipient(recipients, 'info@lindendaal.test')).toBe(true);
    expect(acceptsRecipient(recipients, 'iemand@lindendaal.test')).toBe(false);
    expect(acceptsRecipient(recipients, 'x@sub.gemeente.test')).toBe(false);
  });
});
