import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';
import { contentDisposition, safeContentType } from './bijlagen.routes.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const HTML = Buffer.from('<script>alert(1)</script>');

describe('attachments of a gesprek', () => {
  let t: TestApp;
  let agent: Session;
  let partijId: string;
  let gesprekId: string;
  let andereGesprekId: string;
  let bijlagen: { id: string; bestandsnaam: string; contentType: string; grootte: number }[];

  const receive = (id: string, adres: string, files: { bestandsnaam: string; contentType: string; inhoud: Buffer }[]) =>
    t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: `<${id}@example.nl>`,
      afzender: { soort: 'email', adres },
      draad: {},
      onderwerp: 'Foto van de kapotte lantaarnpaal',
      tekst: 'Zie de bijlagen.',
      bijlagen: files.map((f) => ({ bestandsnaam: f.bestandsnaam, contentType: f.contentType, inhoudBase64: f.inhoud.toString('base64') })),
    });
  const download = (gesprek: string, bijlage: string, headers = agent.headers) =>
    t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprek}/bijlagen/${bijlage}`, headers });

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc']);
    partijId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: agent.headers,
        payload: persoon({ digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'marieke@example.nl' }] }),
      })
    ).json().id;
    gesprekId = (
      await receive('bijlage-1', 'marieke@example.nl', [
        { bestandsnaam: 'lantaarnpaal.png', contentType: 'image/png', inhoud: PNG },
        { bestandsnaam: 'Bezwaar “gemeente” café.html', contentType: 'text/html', inhoud: HTML },
      ])
    ).processed!.gesprekId;
    andereGesprekId = (
      await receive('bijlage-2', 'iemand@example.nl', [{ bestandsnaam: 'ander.png', contentType: 'image/png', inhoud: PNG }])
    ).processed!.gesprekId;
    const view = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}`, headers: agent.headers })).json();
    bijlagen = view.berichten[0].bijlagen;
  });
  afterAll(() => t.close());

  it('lists each message’s attachments by name, type and size, without their content', async () => {
    expect(bijlagen).toEqual([
      { id: expect.any(String), bestandsnaam: 'Bezwaar “gemeente” café.html', contentType: 'text/html', grootte: HTML.length },
      { id: expect.any(String), bestandsnaam: 'lantaarnpaal.png', contentType: 'image/png', grootte: PNG.length },
    ]);
  });

  it('serves an image inline with its type, and logs the read for the gesprek and the partij', async () => {
    const before = await logCount(t.database, partijId, 'Raadplegen');
    const png = bijlagen.find((b) => b.contentType === 'image/png')!;
    const response = await download(gesprekId, png.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toBe(`inline; filename="lantaarnpaal.png"; filename*=UTF-8''lantaarnpaal.png`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.rawPayload.equals(PNG)).toBe(true);
    expect(await logCount(t.database, partijId, 'Raadplegen')).toBe(before + 1);
    expect(await logCount(t.database, gesprekId, 'Raadplegen')).toBeGreaterThan(0);
  });

  it('never lets a sent page run on Loket’s origin: a download, sandboxed', async () => {
    const html = bijlagen.find((b) => b.contentType === 'text/html')!;
    const response = await download(gesprekId, html.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Bezwaar _gemeente_ cafe.html"; filename*=UTF-8''Bezwaar%20%E2%80%9Cgemeente%E2%80%9D%20caf%C3%A9.html`,
    );
    expect(response.headers['content-security-policy']).toContain('sandbox');
  });

  it('refuses an attachment of another gesprek, other roles and anonymous callers', async () => {
    const png = bijlagen.find((b) => b.contentType === 'image/png')!;
    const elsewhere = await download(andereGesprekId, png.id);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.code).toBe('LOKET_BIJLAGE_NOT_FOUND');
    const redacteur = await t.login(['redacteur']);
    expect((await download(gesprekId, png.id, redacteur.headers)).statusCode).toBe(403);
    expect((await download(gesprekId, png.id, {})).statusCode).toBe(401);
  });

  it('keeps only well-formed content types and encodes any file name', () => {
    expect(safeContentType('audio/ogg; codecs=opus')).toBe('audio/ogg; codecs=opus');
    expect(safeContentType('text/html\r\nset-cookie: x=1')).toBe('application/octet-stream');
    expect(contentDisposition('image/svg+xml', 'plan.svg')).toMatch(/^attachment;/);
    expect(contentDisposition('application/pdf', '../../etc/passwd.pdf')).toBe(
      `attachment; filename="passwd.pdf"; filename*=UTF-8''passwd.pdf`,
    );
    expect(contentDisposition('application/pdf', 'C:\\Users\\x\\brief.pdf')).toContain('filename="brief.pdf"');
    expect(contentDisposition('application/pdf', '..')).toContain('filename="bijlage"');
    expect(contentDisposition('image/jpeg', "o'neil (1).jpg")).toBe(
      `inline; filename="o'neil (1).jpg"; filename*=UTF-8''o%27neil%20%281%29.jpg`,
    );
  });
});
