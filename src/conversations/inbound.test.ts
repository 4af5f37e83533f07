import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { InboundPipeline } from './inbound.service.ts';
import type { InboundMessage } from './inbound.types.ts';

const email = (id: string, overrides: Partial<InboundMessage> = {}): InboundMessage => ({
  kanaal: 'email',
  kanaalBerichtId: id,
  afzender: { soort: 'email', adres: 'Marieke.Jansen@Example.nl', naam: 'Marieke Jansen' },
  draad: {},
  onderwerp: 'Bladkorf Lindelaan',
  tekst: 'Komt er dit jaar een bladkorf in de Lindelaan?',
  ...overrides,
});

describe('the ingest pipeline', () => {
  let t: TestApp;
  let agent: Session;
  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  it('matches an unknown sender to a new unverified partij, opens a gesprek and registers the klantcontact', async () => {
    const pipeline = new InboundPipeline(t.database.db);
    const { processed } = await pipeline.receive(email('<a1@example.nl>'));
    expect(processed).toBeDefined();
    const partij = (await t.app.inject({ method: 'GET', url: `/api/partijen/${processed!.partijId}`, headers: agent.headers })).json();
    expect(partij).toMatchObject({ volledigeNaam: 'Marieke Jansen', geverifieerd: false });
    expect(partij.digitaleAdressen[0].adres).toBe('marieke.jansen@example.nl');
    // The back office sees the betrokkene; a kcc agent is not told who wrote before verification.
    const backoffice = await t.login(['backoffice']);
    const contact = (
      await t.app.inject({ method: 'GET', url: `/api/klantcontacten/${processed!.klantcontactId}`, headers: backoffice.headers })
    ).json();
    expect(contact).toMatchObject({ kanaal: 'email', onderwerp: 'Bladkorf Lindelaan' });
    expect(contact.betrokkenen[0]).toMatchObject({ partijId: processed!.partijId, initiator: true });
  });

  it('threads a reply into its gesprek by In-Reply-To and matches the same partij', async () => {
    const pipeline = new InboundPipeline(t.database.db);
    const first = (await pipeline.receive(email('<b1@example.nl>', { afzender: { soort: 'email', adres: 'p.devries@example.nl' } })))
      .processed!;
    const reply = (
      await pipeline.receive(
        email('<b2@example.nl>', {
          afzender: { soort: 'email', adres: 'P.deVries@example.nl' },
          draad: { antwoordOp: ['<b1@example.nl>'] },
          tekst: 'En wanneer dan?',
        }),
      )
    ).processed!;
    expect(reply.gesprekId).toBe(first.gesprekId);
    expect(reply.partijId).toBe(first.partijId);
    expect(reply.klantcontactId).toBe(first.klantcontactId);
    const berichten = await t.database.db
      .selectFrom('bericht')
      .select('inhoud')
      .where('gesprek_id', '=', first.gesprekId)
      .orderBy('verzonden_op')
      .execute();
    expect(berichten.map((b) => b.inhoud)).toEqual(['Komt er dit jaar een bladkorf in de Lindelaan?', 'En wanneer dan?']);
  });

  it('prefers a partij whose address is verified', async () => {
    const verified = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: agent.headers,
        payload: {
          soortPartij: 'persoon',
          achternaam: 'Bakker',
          digitaleAdressen: [{ soortDigitaalAdres: 'telefoonnummer', adres: '0611112222', verificatieDatum: '2026-01-01T00:00:00Z' }],
        },
      })
    ).json();
    await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: agent.headers,
      payload: {
        soortPartij: 'persoon',
        achternaam: 'Ander',
        digitaleAdressen: [{ soortDigitaalAdres: 'telefoonnummer', adres: '+31611112222' }],
      },
    });
    const pipeline = new InboundPipeline(t.database.db);
    const { processed } = await pipeline.receive({
      kanaal: 'sms',
      kanaalBerichtId: 'sms-1',
      afzender: { soort: 'telefoonnummer', adres: '+31 6 1111 2222' },
      draad: { externeId: '+31611112222' },
      tekst: 'Hoi',
    });
    expect(processed!.partijId).toBe(verified.id);
  });

  it('stores the same channel message once, however often it is delivered', async () => {
    const pipeline = new InboundPipeline(t.database.db);
    const first = await pipeline.receive(email('<dup@example.nl>'));
    const second = await pipeline.receive(email('<dup@example.nl>'));
    expect(second).toMatchObject({ id: first.id, duplicate: true, processed: undefined });
    const count = await t.database.db
      .selectFrom('bericht')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('kanaal_bericht_id', '=', '<dup@example.nl>')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('keeps a message whose processing fails mid-way, lists it, and processes it once on retry', async () => {
    let failures = 1;
    const pipeline = new InboundPipeline(t.database.db, {
      beforeStep(step) {
        if (step === 'klantcontact' && failures-- > 0) throw new Error('database even weg');
      },
    });
    const { id, processed } = await pipeline.receive(
      email('<kapot@example.nl>', { afzender: { soort: 'email', adres: 'kapot@example.nl' } }),
    );
    expect(processed).toBeUndefined();
    const stored = await t.database.db.selectFrom('inkomend_bericht').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'mislukt', pogingen: 1 });
    expect(stored.laatste_fout).toContain('database even weg');
    // Nothing half done: the failed transaction left no gesprek or bericht behind.
    expect(
      await t.database.db.selectFrom('bericht').select('id').where('kanaal_bericht_id', '=', '<kapot@example.nl>').execute(),
    ).toHaveLength(0);

    const beheerder = await t.login(['beheerder']);
    const list = (await t.app.inject({ method: 'GET', url: '/api/inkomend/niet-verwerkt', headers: beheerder.headers })).json();
    expect(list.results).toEqual([
      expect.objectContaining({ id, kanaal: 'email', pogingen: 1, laatsteFout: expect.stringContaining('database even weg') }),
    ]);

    expect(await pipeline.processDue()).toBe(0); // back-off: not due yet
    const retry = await t.app.inject({ method: 'POST', url: `/api/inkomend/${id}/opnieuw`, headers: beheerder.headers });
    expect(retry.statusCode).toBe(202);
    expect(await pipeline.processDue()).toBe(1);
    expect(await pipeline.processDue()).toBe(0);
    const berichten = await t.database.db
      .selectFrom('bericht')
      .select('id')
      .where('kanaal_bericht_id', '=', '<kapot@example.nl>')
      .execute();
    expect(berichten).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/inkomend/niet-verwerkt', headers: beheerder.headers })).json().results).toEqual(
      [],
    );
  });

  it('reopens a closed gesprek when the citizen writes again', async () => {
    const pipeline = new InboundPipeline(t.database.db);
    const first = (
      await pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: 's1:1',
        afzender: null,
        draad: { externeId: 'sessie-1' },
        tekst: 'Hallo',
      })
    ).processed!;
    const close = await t.app.inject({ method: 'POST', url: `/api/gesprekken/${first.gesprekId}/afhandelen`, headers: agent.headers });
    expect(close.json().status).toBe('afgehandeld');
    const again = (
      await pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: 's1:2',
        afzender: null,
        draad: { externeId: 'sessie-1' },
        tekst: 'Nog iets',
      })
    ).processed!;
    expect(again.gesprekId).toBe(first.gesprekId);
    const gesprek = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${first.gesprekId}`, headers: agent.headers })).json();
    expect(gesprek.status).toBe('open');
    expect(gesprek.berichten.map((b: { inhoud: string }) => b.inhoud)).toEqual(['Hallo', 'Nog iets']);
  });
});
