import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../../test/fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { TestSocket } from '../../test/ws-client.ts';

describe('counter visits (balie)', () => {
  let t: TestApp;
  let agent: Session;
  let socket: TestSocket;
  let partijId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await t.login(['kcc']);
    socket = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/realtime`, { cookie: agent.cookie });
    await socket.next((f) => f.type === 'verbonden');
    partijId = (await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon() })).json().id;
  });
  afterAll(async () => {
    socket.close();
    await t.close();
  });

  it('registers a visit as a klantcontact with its verzoek and a task, on the partij’s tijdlijn, and tells agents', async () => {
    const verzoek = (
      await t.app.inject({ method: 'POST', url: '/api/verzoeken', headers: agent.headers, payload: { partijId, onderwerp: 'Verhuizing' } })
    ).json();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/balie/bezoeken',
      headers: agent.headers,
      payload: {
        partijId,
        onderwerp: 'Verhuizing doorgeven',
        notities: 'Verhuist per 1 januari naar de Beukenlaan 4; huurcontract getoond.',
        verzoekId: verzoek.id,
        interneTaak: { gevraagdeHandeling: 'Adres controleren in de BRP', actorIds: [agent.actorId] },
      },
    });
    expect(response.statusCode).toBe(201);
    const visit = response.json();
    expect(visit.klantcontact).toMatchObject({
      kanaal: 'balie',
      onderwerp: 'Verhuizing doorgeven',
      verzoekId: verzoek.id,
      indicatieContactGelukt: true,
      betrokkenen: [{ partijId }],
    });
    expect(visit.klantcontact.actoren).toEqual([expect.objectContaining({ soortActor: 'medewerker' })]);
    expect(visit.klantcontact.interneTaken).toHaveLength(1);
    expect(visit.interneTaak).toMatchObject({ gevraagdeHandeling: 'Adres controleren in de BRP', klantcontactId: visit.klantcontact.id });

    const event = await socket.next((f) => f.type === 'bericht.nieuw' && (f.data as { kanaal: string }).kanaal === 'balie');
    expect((event.data as { gesprekId: string }).gesprekId).toBe(visit.gesprekId);

    const items = (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: agent.headers })).json().items;
    expect(items.find((i: { soort: string }) => i.soort === 'klantcontact')).toMatchObject({
      kanaal: 'balie',
      titel: 'Verhuizing doorgeven',
      gesprekId: visit.gesprekId,
      verzoekId: verzoek.id,
    });
    expect(items.some((i: { soort: string }) => i.soort === 'interne_taak')).toBe(true);
    const gesprek = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${visit.gesprekId}`, headers: agent.headers })).json();
    expect(gesprek).toMatchObject({
      kanaal: 'balie',
      status: 'afgehandeld',
      berichten: [{ richting: 'notitie', inhoud: expect.stringContaining('Beukenlaan') }],
    });

    // The partij the agent registered at the counter counts as verified in that gesprek (recorded and
    // logged), so the verification gate keeps showing the agent whom they just helped.
    const stored = await t.database.db
      .selectFrom('gesprek')
      .select(['geverifieerd_op', 'geverifieerd_door', 'verificatie_methode'])
      .where('id', '=', visit.gesprekId)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      geverifieerd_op: expect.anything(),
      geverifieerd_door: agent.medewerkerId,
      verificatie_methode: 'geregistreerd',
    });
    const logged = await t.database.db
      .selectFrom('verwerkingsactie')
      .select('actie_naam')
      .where('actie_naam', '=', 'Identiteit verifiëren (geregistreerd)')
      .execute();
    expect(logged).toHaveLength(1);
    const contact = (
      await t.app.inject({ method: 'GET', url: `/api/klantcontacten/${visit.klantcontact.id}`, headers: agent.headers })
    ).json();
    expect(contact.betrokkenen).toEqual([expect.objectContaining({ partijId, volledigeNaam: expect.any(String) })]);
    expect((await t.app.inject({ method: 'GET', url: `/api/verzoeken/${verzoek.id}`, headers: agent.headers })).json().partijId).toBe(
      partijId,
    );
  });

  it('registers an anonymous visit', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/balie/bezoeken',
      headers: agent.headers,
      payload: { onderwerp: 'Vraag over afvalpas' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ klantcontact: { betrokkenen: [], kanaal: 'balie' }, interneTaak: null });
  });

  it('refuses bad input and callers without rights', async () => {
    const post = (payload: unknown, headers = agent.headers) =>
      t.app.inject({ method: 'POST', url: '/api/balie/bezoeken', headers, payload: payload as object });
    expect((await post({ onderwerp: '' })).statusCode).toBe(400);
    expect((await post({ onderwerp: 'x', partijId: '00000000-0000-4000-8000-00000000abcd' })).json().error.code).toBe(
      'LOKET_BETROKKEN_PARTIJ_NOT_FOUND',
    );
    expect((await post({ onderwerp: 'x', verzoekId: '00000000-0000-4000-8000-00000000abcd' })).statusCode).toBe(404);
    expect(
      (await post({ onderwerp: 'x', interneTaak: { gevraagdeHandeling: 'y', actorIds: ['00000000-0000-4000-8000-00000000abcd'] } })).json()
        .error.code,
    ).toBe('LOKET_ACTOR_NOT_FOUND');
    expect((await post({ onderwerp: 'x' }, {})).statusCode).toBe(401);
    const redacteur = await t.login(['redacteur']);
    expect((await post({ onderwerp: 'x' }, redacteur.headers)).statusCode).toBe(403);
  });
});
