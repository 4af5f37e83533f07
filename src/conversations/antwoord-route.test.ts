import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kanalenMet } from '../contract/kanalen.ts';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import type { InboundMessage } from './inbound.types.ts';
import { deliverDue, OutboundRegistry, type OutboundMessage } from './outbound.ts';

const formulier = (id: string, afzender: InboundMessage['afzender']): InboundMessage => ({
  kanaal: 'formulier',
  kanaalBerichtId: `form-1:${id}`,
  afzender,
  draad: {},
  onderwerp: 'Melding openbare ruimte',
  tekst: 'De lantaarnpaal in de Lindelaan is kapot.',
});

describe('an answer goes only where it can arrive', () => {
  let t: TestApp;
  let agent: Session;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  const gesprekVan = async (message: InboundMessage) => (await t.app.pipeline.receive(message)).processed!.gesprekId;
  const grenzen = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${id}/kanaalgrenzen`, headers: agent.headers })).json<{
      antwoordVia: string | null;
    }>();
  const send = (id: string, tekst: string, soort: 'antwoord' | 'notitie' = 'antwoord') =>
    t.app.inject({ method: 'POST', url: `/api/gesprekken/${id}/berichten`, headers: agent.headers, payload: { tekst, soort } });
  const capture = () => {
    const sent: OutboundMessage[] = [];
    const registry = new OutboundRegistry();
    registry.register('email', { send: async (m) => (sent.push(m), { kanaalBerichtId: `<${m.berichtId}@loket>` }) });
    return { sent, registry };
  };

  it('knows from the channel catalogue which gesprekken have no written way back', () => {
    expect(kanalenMet((k) => k.gesprekken && k.antwoord === false)).toEqual(['telefoon', 'balie']);
    expect(kanalenMet((k) => k.antwoord === 'email')).toEqual(['formulier']);
  });

  it('offers no written answer on a phone call, refuses one with a coded 409, and still takes a note', async () => {
    const call = await gesprekVan({
      kanaal: 'telefoon',
      kanaalBerichtId: 'call-1',
      afzender: { soort: 'telefoonnummer', adres: '+31612345678' },
      draad: { externeId: 'call-1' },
      tekst: '',
    });
    expect(await grenzen(call)).toMatchObject({ kanaal: 'telefoon', antwoordVia: null });
    const refused = await send(call, 'Wij bellen u terug.');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'LOKET_GEEN_UITGAAND_KANAAL', message: expect.stringContaining('notitie') });
    expect((await send(call, 'Terugbelafspraak gemaakt.', 'notitie')).statusCode).toBe(201);
    const stored = await t.database.db
      .selectFrom('bericht')
      .select('richting')
      .where('gesprek_id', '=', call)
      .where('richting', '<>', 'inkomend')
      .execute();
    expect(stored).toEqual([{ richting: 'notitie' }]);
  });

  it('answers a form by e-mail to the address the citizen gave, and the e-mail adapter gets it', async () => {
    const form = await gesprekVan(formulier('a', { soort: 'email', adres: 'p.devries@example.nl' }));
    expect(await grenzen(form)).toMatchObject({ kanaal: 'formulier', antwoordVia: 'email' });
    const answer = await send(form, 'De lantaarnpaal wordt deze week vervangen.');
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({ bezorgstatus: 'wachtrij' });
    const { sent, registry } = capture();
    expect(await deliverDue(t.database.db, registry)).toBe(1);
    expect(sent).toEqual([
      expect.objectContaining({
        kanaal: 'email',
        aan: 'p.devries@example.nl',
        inhoud: 'De lantaarnpaal wordt deze week vervangen.',
        eerdereBerichtIds: [],
        antwoordOp: null,
      }),
    ]);
    const bericht = await t.database.db
      .selectFrom('bericht')
      .select('bezorgstatus')
      .where('id', '=', answer.json().id)
      .executeTakeFirstOrThrow();
    expect(bericht.bezorgstatus).toBe('verzonden');
  });

  it('answers a form without an address by e-mail to its partij’s address, and refuses when neither exists', async () => {
    const form = await gesprekVan(formulier('b', { soort: 'telefoonnummer', adres: '+31687654321' }));
    expect(await grenzen(form)).toMatchObject({ antwoordVia: null });
    const refused = await send(form, 'Wij hebben uw melding ontvangen.');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('LOKET_GEEN_UITGAAND_KANAAL');

    const backoffice = await t.login(['backoffice']);
    const partij = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: backoffice.headers,
      payload: persoon({ identificatoren: [], digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'm.jansen@example.nl' }] }),
    });
    expect(partij.statusCode, partij.body).toBe(201);
    const linked = await t.app.inject({
      method: 'PUT',
      url: `/api/gesprekken/${form}/partij`,
      headers: backoffice.headers,
      payload: { partijId: partij.json().id },
    });
    expect(linked.statusCode, linked.body).toBe(204);
    expect(await grenzen(form)).toMatchObject({ antwoordVia: 'email' });
    expect((await send(form, 'Wij hebben uw melding ontvangen.')).statusCode).toBe(201);
    const { sent, registry } = capture();
    await deliverDue(t.database.db, registry);
    expect(sent.map((m) => m.aan)).toEqual(['m.jansen@example.nl']);
  });
});
