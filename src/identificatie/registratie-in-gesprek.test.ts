import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('a partij registered inside a gesprek counts as verified there', () => {
  let t: TestApp;
  let agent: Session;

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  const anoniemeChat = async (id: string) =>
    (
      await t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `registratie:${id}`,
        afzender: null,
        draad: { externeId: `registratie-${id}` },
        tekst: 'Ik ben net verhuisd, moet ik mij ergens melden?',
      })
    ).processed!;
  const registreer = (gesprekId: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/partij`,
      headers: agent.headers,
      payload: {
        soortPartij: 'persoon',
        voornaam: 'Fatima',
        achternaam: 'El Amrani',
        geboortedatum: '1991-02-03',
        bezoekadres: { straatnaam: 'Lindelaan', huisnummer: 7, postcode: '1234ab', stad: 'Lindendaal' },
      },
    });
  const logVan = (objectId: string) =>
    t.database.db
      .selectFrom('verwerkingsactie as a')
      .innerJoin('verwerkt_object as o', 'o.verwerkingsactie_id', 'a.id')
      .select(['a.actie_naam', 'a.handeling_naam'])
      .where('o.object_id', '=', objectId)
      .orderBy('a.actie_naam')
      .execute();

  it('registers, links and verifies in one step, logged as "geregistreerd in gesprek"; the agent sees the partij at once', async () => {
    const chat = await anoniemeChat('1');
    const response = await registreer(chat.gesprekId);
    expect(response.statusCode, response.body).toBe(201);
    const { partij, ...verificatie } = response.json();
    expect(verificatie).toEqual({ geverifieerd: true, methode: 'geregistreerd in gesprek' });
    expect(partij).toMatchObject({ volledigeNaam: 'Fatima El Amrani', bezoekadres: { straatnaam: 'Lindelaan', huisnummer: 7 } });

    const gesprek = await t.database.db
      .selectFrom('gesprek')
      .select(['partij_id', 'geverifieerd_door', 'verificatie_methode'])
      .where('id', '=', chat.gesprekId)
      .executeTakeFirstOrThrow();
    expect(gesprek).toEqual({
      partij_id: partij.id,
      geverifieerd_door: agent.medewerkerId,
      verificatie_methode: 'geregistreerd in gesprek',
    });
    expect(await logVan(partij.id)).toEqual([
      { actie_naam: 'Gesprek aan partij koppelen', handeling_naam: 'Wijzigen' },
      { actie_naam: 'Identiteit verifiëren (geregistreerd in gesprek)', handeling_naam: 'Verifiëren' },
      { actie_naam: 'Partij registreren', handeling_naam: 'Invoeren' },
    ]);

    // Past the gate without the three questions: the gesprek names its partij, unmasked, with its history.
    const view = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${chat.gesprekId}`, headers: agent.headers });
    expect(view.json().partijId).toBe(partij.id);
    const inGesprek = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${chat.gesprekId}/partij`, headers: agent.headers });
    expect(inGesprek.json()).toMatchObject({ gemaskeerd: false, volledigeNaam: 'Fatima El Amrani', geboortedatum: '1991-02-03' });
    const tijdlijn = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${chat.gesprekId}/tijdlijn`, headers: agent.headers });
    expect(tijdlijn.statusCode).toBe(200);
    const klantcontact = await t.app.inject({ method: 'GET', url: `/api/klantcontacten/${chat.klantcontactId}`, headers: agent.headers });
    expect(klantcontact.json().betrokkenen).toEqual([expect.objectContaining({ partijId: partij.id, rol: 'klant' })]);
  });

  it('a partij registered outside the gesprek and then linked still has to be verified', async () => {
    const chat = await anoniemeChat('2');
    const los = await t.app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers: agent.headers,
      payload: { soortPartij: 'persoon', voornaam: 'Piet', achternaam: 'Smit', geboortedatum: '1970-01-01' },
    });
    await t.app.inject({
      method: 'PUT',
      url: `/api/gesprekken/${chat.gesprekId}/partij`,
      headers: agent.headers,
      payload: { partijId: los.json().id },
    });
    const inGesprek = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${chat.gesprekId}/partij`, headers: agent.headers });
    expect(inGesprek.json()).toMatchObject({ gemaskeerd: true, id: null });
  });

  it('refuses a gesprek that already has a partij (that one is to be verified), an unknown gesprek and an integration token', async () => {
    const chat = await anoniemeChat('3');
    expect((await registreer(chat.gesprekId)).statusCode).toBe(201);
    const nogmaals = await registreer(chat.gesprekId);
    expect(nogmaals.statusCode).toBe(409);
    expect(nogmaals.json().error.code).toBe('LOKET_GESPREK_HEEFT_PARTIJ');
    const partijen = await t.database.db.selectFrom('partij').select('id').where('achternaam', '=', 'El Amrani').execute();
    expect(partijen).toHaveLength(2);
    expect((await registreer('00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const koppeling = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${(await anoniemeChat('4')).gesprekId}/partij`,
      headers: await t.token('kcc'),
      payload: { soortPartij: 'persoon', achternaam: 'Smit' },
    });
    expect(koppeling.statusCode).toBe(403);
    expect(koppeling.json().error.code).toBe('LOKET_VERIFICATIE_DOOR_MEDEWERKER');
  });
});
