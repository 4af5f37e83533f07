import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';
import { createBodies, nextBsn, persoonBody } from './contract/contract-fixtures.ts';
import { API_PREFIX } from '../contract/klantinteracties-urls.ts';
import { KiNietInSessie } from './ki-toegang.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads response JSON loosely

describe('Klantinteracties API round trip with Loket', () => {
  let t: TestApp;
  let token: Record<string, string>;
  let agent: Session;
  let backoffice: Session;

  const ki = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, headers = token) => {
    const response = await t.app.inject({ method, url: `${API_PREFIX}${url}`, headers, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: (response.body ? response.json() : undefined) as Json };
  };
  const loket = async (method: 'GET' | 'POST', url: string, payload?: object, session = agent) => {
    const response = await t.app.inject({ method, url, headers: session.headers, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://loket.lindendaal.nl' });
    token = await t.token('kcc');
    agent = await t.login(['kcc']);
    backoffice = await t.login(['backoffice']);
  });
  afterAll(() => t.close());

  it('a partij, maak-klantcontact and an internetaak written through the API read back expanded and show in Loket', async () => {
    const partij = await ki('POST', '/partijen', persoonBody());
    expect(partij.status).toBe(201);
    const partijId = partij.body.uuid as string;
    expect(partij.body.url).toBe(`https://loket.lindendaal.nl${API_PREFIX}/partijen/${partijId}`);

    const made = await ki('POST', '/maak-klantcontact', {
      klantcontact: {
        kanaal: 'telefoon',
        onderwerp: 'Bladkorf aanvragen',
        inhoud: 'Bladkorf voor de Lindelaan',
        taal: 'nld',
        vertrouwelijk: false,
        plaatsgevondenOp: new Date(Date.now() - 3_600_000).toISOString(),
      },
      betrokkene: { wasPartij: { uuid: partijId }, rol: 'klant', initiator: true },
      onderwerpobject: {
        onderwerpobjectidentificator: {
          objectId: 'ZAAK-2026-0042',
          codeObjecttype: 'zaak',
          codeRegister: 'openzaak',
          codeSoortObjectId: 'identificatie',
        },
      },
    });
    expect(made.status).toBe(201);
    const klantcontactId = made.body.klantcontact.uuid as string;
    expect(made.body.betrokkene.hadKlantcontact.uuid).toBe(klantcontactId);
    expect(made.body.onderwerpobject.klantcontact.uuid).toBe(klantcontactId);

    const taak = await ki('POST', '/internetaken', {
      gevraagdeHandeling: 'Beoordeel bladkorf Lindelaan',
      aanleidinggevendKlantcontact: { uuid: klantcontactId },
      toegewezenAanActoren: [{ uuid: backoffice.actorId }],
      status: 'te_verwerken',
    });
    expect(taak.status).toBe(201);
    const taakId = taak.body.uuid as string;

    const contact = await ki(
      'GET',
      `/klantcontacten/${klantcontactId}?expand=hadBetrokkenen.wasPartij,gingOverOnderwerpobjecten,leiddeTotInterneTaken`,
    );
    expect(contact.status).toBe(200);
    const expanded = contact.body._expand;
    expect(expanded.hadBetrokkenen[0]._expand.wasPartij.uuid).toBe(partijId);
    expect(expanded.hadBetrokkenen[0].volledigeNaam).toBe('Marieke Jansen');
    expect(expanded.gingOverOnderwerpobjecten[0].onderwerpobjectidentificator.objectId).toBe('ZAAK-2026-0042');
    expect(expanded.leiddeTotInterneTaken[0]).toMatchObject({
      uuid: taakId,
      gevraagdeHandeling: 'Beoordeel bladkorf Lindelaan',
      toegewezenAanActoren: [{ uuid: backoffice.actorId }],
    });

    const viaPartij = await ki('GET', `/partijen/${partijId}?expand=betrokkenen.hadKlantcontact`);
    expect(viaPartij.body._expand.betrokkenen[0]._expand.hadKlantcontact.uuid).toBe(klantcontactId);

    // Loket's own API: the tijdlijn, the werkvoorraad and the klantcontact show the same rows.
    const tijdlijn = await loket('GET', `/api/partijen/${partijId}/tijdlijn?volgorde=oplopend`);
    expect(tijdlijn.body.items.map((i: Json) => [i.soort, i.id])).toEqual([
      ['klantcontact', klantcontactId],
      ['interne_taak', taakId],
    ]);
    const werkvoorraad = await loket('GET', `/api/interne-taken?actorId=${backoffice.actorId}`, undefined, backoffice);
    expect(werkvoorraad.body.results.map((r: Json) => r.id)).toContain(taakId);
    const inLoket = await loket('GET', `/api/klantcontacten/${klantcontactId}`);
    expect(inLoket.body.betrokkenen[0].partijId).toBe(partijId);
    expect(inLoket.body.onderwerpobjecten[0].objectId).toBe('ZAAK-2026-0042');

    // Handled in Loket, seen through the API.
    expect((await loket('POST', `/api/interne-taken/${taakId}/verwerken`, undefined, backoffice)).status).toBe(200);
    const handled = await ki('GET', `/internetaken/${taakId}`);
    expect(handled.body.status).toBe('verwerkt');
    expect(handled.body.afgehandeldOp).not.toBeNull();
  });

  it('shows what an agent registers in Loket as klantcontact, betrokkene, onderwerpobject and actor', async () => {
    const partijId = (
      await loket(
        'POST',
        '/api/partijen',
        persoon({
          identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: nextBsn(), codeRegister: 'brp' }],
        }),
      )
    ).body.id as string;
    const created = await loket('POST', '/api/klantcontacten', {
      kanaal: 'balie',
      onderwerp: 'Paspoort aanvragen',
      betrokkenen: [{ partijId, rol: 'klant', initiator: true }],
      onderwerpobjecten: [{ codeObjecttype: 'product', codeRegister: 'upl', codeSoortObjectId: 'naam', objectId: 'Paspoort' }],
    });
    const response = await ki('GET', `/klantcontacten/${created.body.id}?expand=hadBetrokkenen,gingOverOnderwerpobjecten`);
    expect(response.body).toMatchObject({
      kanaal: 'balie',
      onderwerp: 'Paspoort aanvragen',
      hadBetrokkenActoren: [{ uuid: agent.actorId, soortActor: 'medewerker' }],
    });
    expect(response.body._expand.hadBetrokkenen[0].wasPartij.uuid).toBe(partijId);
    expect(response.body._expand.gingOverOnderwerpobjecten[0].onderwerpobjectidentificator).toEqual({
      objectId: 'Paspoort',
      codeObjecttype: 'product',
      codeRegister: 'upl',
      codeSoortObjectId: 'naam',
    });
    const filtered = await ki('GET', `/klantcontacten?hadBetrokkene__wasPartij__uuid=${partijId}`);
    expect(filtered.body.results.map((r: Json) => r.uuid)).toEqual([created.body.id]);
  });

  it('logs every read of personal data through the API in the processing log', async () => {
    const partijId = (await ki('POST', '/partijen', persoonBody())).body.uuid as string;
    const before = await logCount(t.database, partijId, 'Raadplegen');
    await ki('GET', `/partijen/${partijId}`);
    await ki('GET', `/partijen?pageSize=500`);
    await ki('GET', `/partij-identificatoren?pageSize=500`);
    expect(await logCount(t.database, partijId, 'Raadplegen')).toBe(before + 3);
  });

  it('PUT needs every mandatory field and PATCH only what changes; both leave the rest alone', async () => {
    const id = (await ki('POST', '/klantcontacten', createBodies.klantcontacten({}))).body.uuid as string;
    const put = await ki('PUT', `/klantcontacten/${id}`, { onderwerp: 'Alleen onderwerp' });
    expect(put.status).toBe(400);
    expect(put.body.invalidParams.map((p: Json) => p.name)).toEqual(expect.arrayContaining(['kanaal', 'taal', 'vertrouwelijk']));
    const patch = await ki('PATCH', `/klantcontacten/${id}`, { reactie: 'Teruggebeld' });
    expect(patch.body).toMatchObject({ reactie: 'Teruggebeld', onderwerp: 'Bladkorf aanvragen', kanaal: 'telefoon' });
    const full = await ki('PUT', `/klantcontacten/${id}`, { kanaal: 'email', onderwerp: 'Per mail', taal: 'nld', vertrouwelijk: true });
    expect(full.body).toMatchObject({ kanaal: 'email', onderwerp: 'Per mail', vertrouwelijk: true, reactie: 'Teruggebeld' });
    const logged = await t.database.db
      .selectFrom('verwerkingsactie')
      .select(['vertrouwelijkheid', 'verwerking_naam', 'handeling_naam'])
      .orderBy('tijdstip_registratie', 'desc')
      .executeTakeFirstOrThrow();
    expect(logged).toEqual({ vertrouwelijkheid: 'vertrouwelijk', verwerking_naam: 'Klantinteracties API', handeling_naam: 'Wijzigen' });
  });

  it('pages with absolute next and previous links and answers 404 past the last page', async () => {
    for (let i = 0; i < 3; i++) expect((await ki('POST', '/categorieen', createBodies.categorieen({}))).status).toBe(201);
    const first = await ki('GET', '/categorieen?pageSize=2');
    expect(first.body.count).toBe(3);
    expect(first.body.previous).toBeNull();
    expect(first.body.next).toBe(`https://loket.lindendaal.nl${API_PREFIX}/categorieen?pageSize=2&page=2`);
    const second = await ki('GET', '/categorieen?pageSize=2&page=2');
    expect(second.body.results).toHaveLength(1);
    expect(second.body.previous).toBe(`https://loket.lindendaal.nl${API_PREFIX}/categorieen?pageSize=2`);
    expect((await ki('GET', '/categorieen?pageSize=2&page=9')).status).toBe(404);
  });

  it('filters partijen by identificator and refuses an unknown expand', async () => {
    const body = persoonBody();
    const id = (await ki('POST', '/partijen', body)).body.uuid;
    const bsn = body.partijIdentificatoren[0]!.partijIdentificator.objectId;
    const found = await ki('GET', `/partijen?partijIdentificator__codeSoortObjectId=bsn&partijIdentificator__objectId=${bsn}`);
    expect(found.body.results.map((r: Json) => r.uuid)).toEqual([id]);
    const bad = await ki('GET', '/partijen?expand=schoenmaat');
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0].name).toBe('expand');
  });

  it('accepts a logged-in session (with CSRF token for writes) and limits a token to its role', async () => {
    // The API is for integrations (tokens) and the back office: a kcc agent's session is refused, since
    // betrokkenen → partij would walk around the verification gate (ki-toegang.ts); the desktop never uses it.
    const refusedSession = await ki('GET', '/partijen', undefined, agent.headers);
    expect(refusedSession.status).toBe(403);
    expect(refusedSession.body.detail).toBe(KiNietInSessie().messages.nl);
    expect((await ki('GET', '/partijen', undefined, (await t.login(['backoffice'])).headers)).status).toBe(200);
    expect((await ki('GET', '/partijen', undefined, (await t.login(['teamleider'])).headers)).status).toBe(200);
    // Writes too: a write answers with the resource, betrokkenen → partij included.
    const refusedWrite = await ki('POST', '/categorieen', { naam: 'Via de KCC-sessie' }, agent.headers);
    expect(refusedWrite.status).toBe(403);
    expect(refusedWrite.body.detail).toBe(KiNietInSessie().messages.nl);
    const backoffice = await t.login(['backoffice']);
    expect((await ki('POST', '/categorieen', { naam: 'Zonder CSRF' }, { cookie: backoffice.cookie })).status).toBe(403);
    expect((await ki('POST', '/categorieen', { naam: 'Met CSRF' }, backoffice.headers)).status).toBe(201);
    const beheerder = await t.token('beheerder');
    const refused = await ki('POST', '/partijen', persoonBody(), beheerder);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('permission_denied');
  });

  it('serves the Contactgegevens API read-only over the same partijen', async () => {
    const partijId = (await loket('POST', '/api/partijen', persoon({ identificatoren: [] }))).body.id as string;
    const response = await t.app.inject({ method: 'GET', url: `/contactgegevens/api/v1/persoon/${partijId}`, headers: token });
    expect(response.json()).toMatchObject({ uuid: partijId, geslachtsnaam: 'Jansen', voornamen: 'Marieke', geboortedatum: '1968-04-17' });
    const write = await t.app.inject({ method: 'POST', url: '/contactgegevens/api/v1/persoon', headers: token, payload: {} });
    expect(write.statusCode).toBe(405);
  });
});
