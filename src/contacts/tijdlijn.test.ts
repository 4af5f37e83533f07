import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGesprek } from '../conversations/conversations.service.ts';
import { systemContext } from '../platform/system-context.ts';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';

describe('the 360° tijdlijn tells the Lindelaan story', () => {
  let t: TestApp;
  let agent: Session;
  let partijId: string;
  let verzoekId: string;

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc']);
    const post = async (url: string, payload: object) => {
      const response = await t.app.inject({ method: 'POST', url, headers: agent.headers, payload });
      if (response.statusCode !== 201) throw new Error(`${url}: ${response.body}`);
      return response.json();
    };
    partijId = (await post('/api/partijen', persoon())).id;
    const groen = await t.login(['backoffice']);

    // A week ago mevrouw Jansen called and asked for a leaf basket in the Lindelaan.
    verzoekId = (
      await post('/api/verzoeken', { partijId, onderwerp: 'Bladkorf Lindelaan', omschrijving: 'Bladkorf gevraagd voor Lindelaan 12' })
    ).id;
    const call = await post('/api/klantcontacten', {
      kanaal: 'telefoon',
      onderwerp: 'Bladkorf aanvragen',
      inhoud: 'Mevrouw vraagt een bladkorf voor de Lindelaan, veel blad van de linden.',
      plaatsgevondenOp: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      indicatieContactGelukt: true,
      verzoekId,
      betrokkenen: [{ partijId, rol: 'klant', initiator: true }],
      onderwerpobjecten: [{ codeObjecttype: 'product', codeRegister: 'upl', codeSoortObjectId: 'naam', objectId: 'Afval' }],
    });
    await post('/api/interne-taken', {
      klantcontactId: call.id,
      gevraagdeHandeling: 'Beoordeel bladkorf Lindelaan',
      actorIds: [groen.actorId],
    });

    // Today she asks in the web chat how it stands.
    const chat = await post('/api/klantcontacten', {
      kanaal: 'webchat',
      onderwerp: 'Status bladkorf',
      inhoud: 'Wanneer komt de bladkorf in de Lindelaan?',
      betrokkenen: [{ partijId, rol: 'klant', initiator: true }],
    });
    const linked = await t.app.inject({
      method: 'PUT',
      url: `/api/klantcontacten/${chat.id}/verzoek`,
      headers: agent.headers,
      payload: { verzoekId },
    });
    expect(linked.json().verzoekId).toBe(verzoekId);
    await startGesprek(t.database.db, systemContext('test'), { kanaal: 'webchat', partijId, verzoekId, klantcontactId: chat.id }, [
      { richting: 'inkomend', inhoud: 'Wanneer komt de bladkorf in de Lindelaan?' },
    ]);
    // A chat still in progress, not yet registered as a klantcontact.
    await startGesprek(t.database.db, systemContext('test'), { kanaal: 'webchat', partijId }, [
      { richting: 'inkomend', inhoud: 'Nog een vraag' },
    ]);
  });
  afterAll(() => t.close());

  it('shows call, task and chat under one verzoek, in time order', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/partijen/${partijId}/tijdlijn?volgorde=oplopend`,
      headers: agent.headers,
    });
    expect(response.statusCode).toBe(200);
    const items = response.json().items as {
      soort: string;
      kanaal: string | null;
      titel: string;
      verzoekId: string | null;
      gesprekId: string | null;
    }[];
    expect(items.map((i) => [i.soort, i.kanaal])).toEqual([
      ['klantcontact', 'telefoon'],
      ['verzoek', null],
      ['interne_taak', 'telefoon'],
      ['klantcontact', 'webchat'],
      ['gesprek', 'webchat'],
    ]);
    const story = items.filter((i) => i.verzoekId === verzoekId).map((i) => i.titel);
    expect(story).toEqual(['Bladkorf aanvragen', 'Bladkorf Lindelaan', 'Beoordeel bladkorf Lindelaan', 'Status bladkorf']);
    expect(items[3]?.gesprekId).toBeTruthy();

    const verzoek = await t.app.inject({ method: 'GET', url: `/api/verzoeken/${verzoekId}`, headers: agent.headers });
    expect(verzoek.json().klantcontacten.map((k: { kanaal: string }) => k.kanaal)).toEqual(['telefoon', 'webchat']);
  });

  it('pages newest first with a cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/partijen/${partijId}/tijdlijn?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await t.app.inject({ method: 'GET', url, headers: agent.headers })).json();
      seen.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.volgende;
    } while (cursor);
    const all = (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: agent.headers })).json();
    expect(seen).toEqual(all.items.map((i: { id: string }) => i.id));
    expect(all.items[0].kanaal).toBe('webchat');
    const bad = await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn?cursor=rommel`, headers: agent.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('logs each view of the tijdlijn', async () => {
    const before = await logCount(t.database, partijId, 'Raadplegen');
    await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: agent.headers });
    expect(await logCount(t.database, partijId, 'Raadplegen')).toBe(before + 1);
  });

  it('answers 404 for the tijdlijn of an unknown partij', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/partijen/0b9c6c1e-1111-4a9c-9d55-0f0f0f0f0f0f/tijdlijn',
      headers: agent.headers,
    });
    expect(response.statusCode).toBe(404);
  });
});
