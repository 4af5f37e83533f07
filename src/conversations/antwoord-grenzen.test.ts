import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import type { InboundMessage } from './inbound.types.ts';

const HOUR_MS = 3600_000;

const whatsapp = (id: string, from: string, hoursAgo: number): InboundMessage => ({
  kanaal: 'whatsapp',
  kanaalBerichtId: `wamid.${id}`,
  afzender: { soort: 'telefoonnummer', adres: `+${from}` },
  draad: { externeId: from },
  tekst: 'Is mijn melding over de lantaarnpaal al opgepakt?',
  verzondenOp: new Date(Date.now() - hoursAgo * HOUR_MS).toISOString(),
});

describe('a reply the channel would refuse is refused when the agent sends it', () => {
  let t: TestApp;
  let agent: Session;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  const gesprekVan = async (message: InboundMessage) => (await t.app.pipeline.receive(message)).processed!.gesprekId;
  const send = (gesprekId: string, tekst: string, soort?: 'antwoord' | 'notitie', lang = 'nl') =>
    t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/berichten`,
      headers: { ...agent.headers, 'accept-language': lang },
      payload: soort ? { tekst, soort } : { tekst },
    });
  const stored = async (gesprekId: string) =>
    await t.database.db
      .selectFrom('bericht')
      .select(['richting', 'inhoud'])
      .where('gesprek_id', '=', gesprekId)
      .where('richting', '<>', 'inkomend')
      .execute();

  it('refuses an answer on WhatsApp more than 24 hours after the citizen last wrote, with a coded error in both languages', async () => {
    const oud = await gesprekVan(whatsapp('OUD', '31611110001', 25));
    const grenzen = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${oud}/kanaalgrenzen`, headers: agent.headers })).json();
    expect(grenzen).toMatchObject({ vensterOpen: false, alleenSjablonen: true });

    const refused = await send(oud, 'Sorry voor de late reactie');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'LOKET_KANAALVENSTER_GESLOTEN', message: expect.stringContaining('24 uur') });
    expect((await send(oud, 'Sorry', 'antwoord', 'en')).json().error.message).toContain('24 hours');
    expect(await stored(oud)).toEqual([]);
  });

  it('never refuses an internal note, whatever the channel allows', async () => {
    const oud = await gesprekVan(whatsapp('OUD2', '31611110002', 30));
    const note = await send(oud, `Inwoner later terugbellen. ${'x'.repeat(5000)}`, 'notitie');
    expect(note.statusCode, note.body).toBe(201);
    expect(await stored(oud)).toEqual([{ richting: 'notitie', inhoud: expect.stringContaining('terugbellen') }]);
  });

  it('refuses an answer longer than the channel takes, and accepts one that fits', async () => {
    const nieuw = await gesprekVan(whatsapp('NIEUW', '31611110003', 1));
    const tooLong = await send(nieuw, 'x'.repeat(4097));
    expect(tooLong.statusCode).toBe(409);
    expect(tooLong.json().error).toMatchObject({
      code: 'LOKET_ANTWOORD_TE_LANG',
      fields: [{ field: 'body.tekst', message: '4097 tekens, hoogstens 4096' }],
    });
    expect((await send(nieuw, 'x'.repeat(4096))).statusCode).toBe(201);
    expect(await stored(nieuw)).toHaveLength(1);
  });

  it('lets a long e-mail answer through: e-mail has no window and no fixed length', async () => {
    const mail = await gesprekVan({
      kanaal: 'email',
      kanaalBerichtId: '<lang@example.nl>',
      afzender: { soort: 'email', adres: 'lang@example.nl' },
      draad: {},
      onderwerp: 'Vraag',
      tekst: 'Een vraag.',
      verzondenOp: new Date(Date.now() - 72 * HOUR_MS).toISOString(),
    });
    expect((await send(mail, 'x'.repeat(10_000))).statusCode).toBe(201);
  });
});
