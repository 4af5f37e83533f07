import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gesprekPartijId } from '../../test/test-app.ts';
import { ACCESS_TOKEN, CITIZEN, fromCitizen, sign, startWhatsApp, VERIFY_TOKEN, type WhatsApp } from './whatsapp.test-helpers.ts';

/** What comes in from Meta: the handshake, signed messages of every type, and what is refused. */
describe('WhatsApp inbound (Meta Cloud API webhooks)', () => {
  let c: WhatsApp;
  let gesprekId: string;
  beforeAll(async () => {
    c = await startWhatsApp();
  }, 120_000);
  afterAll(async () => {
    await c?.close();
  });

  const inboundCount = async () =>
    Number(
      (
        await c.t.database.db
          .selectFrom('inkomend_bericht')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('answers Meta’s verification handshake only with the right verify token', async () => {
    const ok = await c.t.app.inject({
      method: 'GET',
      url: `${c.url()}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('1158201444');
    const wrong = await c.t.app.inject({
      method: 'GET',
      url: `${c.url()}?hub.mode=subscribe&hub.verify_token=geraden&hub.challenge=1158201444`,
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).not.toContain('1158201444');
  });

  it('takes a signed text message onto the partij with that phone number, raw payload kept', async () => {
    const body = fromCitizen([{ id: 'wamid.IN1', type: 'text', text: { body: 'Wanneer wordt het grofvuil opgehaald?' } }]);
    const response = await c.post(body);
    expect(response.statusCode).toBe(200);
    const stored = await c.t.database.db
      .selectFrom('inkomend_bericht')
      .selectAll()
      .where('kanaal_bericht_id', '=', 'wamid.IN1')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ kanaal: 'whatsapp', status: 'verwerkt', ruw: body });
    gesprekId = stored.gesprek_id!;
    const view = await c.gesprek(gesprekId);
    expect(view).toMatchObject({ kanaal: 'whatsapp', metadata: { kanaalId: c.kanaalId, antwoordAan: `+${CITIZEN}` } });
    expect(await gesprekPartijId(c.t.database, gesprekId)).toBe(c.partijId);
    expect(view.berichten).toEqual([expect.objectContaining({ richting: 'inkomend', inhoud: 'Wanneer wordt het grofvuil opgehaald?' })]);
  });

  it('refuses forged and unsigned requests before storing anything, and counts them for the beheerder', async () => {
    const before = await inboundCount();
    const body = fromCitizen([{ id: 'wamid.VALS', type: 'text', text: { body: 'vals' } }]);
    expect((await c.post(body, sign(body, 'verkeerd-geheim'))).statusCode).toBe(401);
    expect((await c.post(body, null)).statusCode).toBe(401);
    expect((await c.post(body.replace('vals', 'VALS'), sign(body))).statusCode).toBe(401);
    expect(await inboundCount()).toBe(before);
    const view = (await c.t.app.inject({ method: 'GET', url: `/api/kanalen/${c.kanaalId}`, headers: c.beheerder.headers })).json();
    expect(view.geweigerdeVerzoeken.aantal).toBe(3);
    expect(view.geweigerdeVerzoeken.laatsteOp).toEqual(expect.any(String));
  });

  it('does not store a replayed or twice-delivered webhook a second time', async () => {
    const body = fromCitizen([{ id: 'wamid.IN1', type: 'text', text: { body: 'Wanneer wordt het grofvuil opgehaald?' } }]);
    expect((await c.post(body)).statusCode).toBe(200);
    expect((await c.post(body)).statusCode).toBe(200);
    expect((await c.gesprek(gesprekId)).berichten).toHaveLength(1);
  });

  it('reads images (fetched from the Graph API), documents, audio, locations, contacts and button and list replies', async () => {
    const body = fromCitizen([
      {
        id: 'wamid.IMG',
        type: 'image',
        image: { id: 'MEDIA-IMG', mime_type: 'image/jpeg', sha256: 'abc', caption: 'De kapotte lantaarnpaal' },
      },
      { id: 'wamid.DOC', type: 'document', document: { id: 'MEDIA-DOC', mime_type: 'application/pdf', filename: 'bezwaar.pdf' } },
      { id: 'wamid.AUD', type: 'audio', audio: { id: 'MEDIA-AUD', mime_type: 'audio/ogg; codecs=opus' } },
      {
        id: 'wamid.LOC',
        type: 'location',
        location: { latitude: 52.0907, longitude: 5.1214, name: 'Stadhuis', address: 'Stadsplateau 1, Utrecht' },
      },
      {
        id: 'wamid.CON',
        type: 'contacts',
        contacts: [{ name: { formatted_name: 'Jan de Vries' }, phones: [{ phone: '+31 6 98765432', type: 'CELL' }] }],
      },
      { id: 'wamid.BTN', type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'ja', title: 'Ja, graag' } } },
      {
        id: 'wamid.LST',
        type: 'interactive',
        interactive: { type: 'list_reply', list_reply: { id: 'afval', title: 'Afval', description: 'Vragen over afval' } },
      },
    ]);
    expect((await c.post(body)).statusCode).toBe(200);
    const berichten = (await c.gesprek(gesprekId)).berichten.filter(
      (b: { metadata: { type?: string } | null }) => b.metadata?.type !== 'text',
    );
    expect(berichten.map((b: { inhoud: string }) => b.inhoud)).toEqual([
      '[afbeelding] De kapotte lantaarnpaal',
      '[document: bezwaar.pdf]',
      '[spraakbericht]',
      '[locatie] Stadhuis, Stadsplateau 1, Utrecht (52.0907, 5.1214)',
      '[contact] Jan de Vries +31 6 98765432',
      'Ja, graag',
      'Afval',
    ]);
    expect(berichten[0].metadata).toMatchObject({ type: 'image', media: { id: 'MEDIA-IMG', mimeType: 'image/jpeg', sha256: 'abc' } });
    expect(berichten[1].metadata).toMatchObject({ media: { id: 'MEDIA-DOC', bestandsnaam: 'bezwaar.pdf' } });
    expect(berichten[3].metadata).toMatchObject({ locatie: { latitude: 52.0907, longitude: 5.1214 } });
    expect(berichten[5].metadata).toMatchObject({ keuze: { soort: 'button_reply', id: 'ja' } });
    const mediaCalls = c.graph.requests.filter((r) => r.path === '/v21.0/MEDIA-IMG' || r.path === '/files/img');
    expect(mediaCalls.every((r) => r.headers.authorization === `Bearer ${ACCESS_TOKEN}`)).toBe(true);
    const bijlage = await c.t.database.db
      .selectFrom('bijlage')
      .select(['content_type', 'inhoud'])
      .where('bericht_id', '=', berichten[0].id)
      .executeTakeFirstOrThrow();
    expect(bijlage.content_type).toBe('image/jpeg');
    expect(Buffer.from(bijlage.inhoud!).toString()).toBe('"jpeg-bytes"');
  });

  it('stores a signed message with a NUL or a lone surrogate (checked over the raw bytes, then cleaned), so Meta need not retry', async () => {
    const body = fromCitizen([{ id: 'wamid.NUL', type: 'text', text: { body: 'Nul\u0000 en \ud800 hier' } }], '31687654321');
    expect(body).toContain('\\u0000');
    const response = await c.post(body);
    expect(response.statusCode).toBe(200);
    const stored = await c.t.database.db
      .selectFrom('inkomend_bericht')
      .select(['status', 'gesprek_id'])
      .where('kanaal_bericht_id', '=', 'wamid.NUL')
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('verwerkt');
    expect((await c.gesprek(stored.gesprek_id!)).berichten).toContainEqual(expect.objectContaining({ inhoud: 'Nul\ufffd en \ufffd hier' }));
  });
});
