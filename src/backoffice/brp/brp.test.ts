import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../../test/test-app.ts';
import { demoPersonen } from '../peers/demo-backoffice.ts';
import { BSN, expectNoViolations, nieuwGesprek, startPeers } from '../peers/test-backoffice.ts';

describe('BRP identification and bronnen beheer', async () => {
  const geheim = { ...demoPersonen()[0]!, bsn: '999990019', voornamen: 'Geert', geslachtsnaam: 'Geheim', geheimhouding: true };
  const { zgw, brp, env } = await startPeers({ personen: [...demoPersonen(), geheim] });
  let t: TestApp;
  let kcc: Session;
  let beheerder: Session;
  expectNoViolations(zgw, brp);
  const zoek = (payload: object) => t.app.inject({ method: 'POST', url: '/api/brp/personen', headers: kcc.headers, payload });

  beforeAll(async () => {
    t = await createTestApp(env);
    kcc = await t.login(['kcc']);
    beheerder = await t.login(['beheerder']);
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([zgw.stop(), brp.stop()]);
  });

  it('finds a person by BSN, by name and date of birth, and by postcode and house number', async () => {
    const byBsn = await zoek({ bsn: BSN });
    expect(byBsn.statusCode).toBe(200);
    expect(byBsn.json().personen).toEqual([
      {
        burgerservicenummer: BSN,
        naam: { voornamen: 'Fenna', voorvoegsel: 'de', geslachtsnaam: 'Wit', volledigeNaam: 'Fenna de Wit' },
        geboortedatum: '1971-03-09',
        adres: {
          straat: 'Lindelaan',
          huisnummer: 14,
          huisletter: null,
          huisnummertoevoeging: null,
          postcode: '3541AK',
          woonplaats: 'Lindendaal',
        },
        geheimhouding: false,
      },
    ]);
    expect(
      (await zoek({ geslachtsnaam: 'Wit', geboortedatum: '1971-03-09' }))
        .json()
        .personen.map((p: { burgerservicenummer: string }) => p.burgerservicenummer),
    ).toEqual([BSN]);
    expect((await zoek({ postcode: '3541 AK', huisnummer: 14 })).json().personen).toHaveLength(2);
    expect(brp.requests.every((r) => r.path === '/haalcentraal/api/brp/personen')).toBe(true);
  });

  it('shows only name and flag for a person with geheimhouding', async () => {
    const [p] = (await zoek({ bsn: '999990019' })).json().personen;
    expect(p).toMatchObject({
      burgerservicenummer: '999990019',
      naam: { geslachtsnaam: 'Geheim' },
      geboortedatum: null,
      adres: null,
      geheimhouding: true,
    });
  });

  it('logs every query with the source’s doelbinding, tied to the gesprek', async () => {
    const gesprekId = await nieuwGesprek(t, 'brp-log');
    await zoek({ bsn: BSN, gesprek: gesprekId });
    const rows = await t.database.db
      .selectFrom('verwerkingsactie as a')
      .innerJoin('verwerkt_object as o', 'o.verwerkingsactie_id', 'a.id')
      .select(['a.doel', 'o.objecttype', 'o.soort_object_id'])
      .where('o.object_id', 'in', [BSN, gesprekId])
      .where('a.actie_naam', '=', 'BRP bevragen')
      .execute();
    expect(rows).toEqual(
      expect.arrayContaining([
        { doel: 'Identificatie en verificatie van de klant (KCC)', objecttype: 'partij', soort_object_id: 'bsn' },
        { doel: 'Identificatie en verificatie van de klant (KCC)', objecttype: 'gesprek', soort_object_id: 'uuid' },
      ]),
    );
  });

  it('verifies the caller of a gesprek against the BRP and creates the partij with the BSN', async () => {
    const gesprekId = await nieuwGesprek(t, 'brp-verificatie');
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/verificatie/brp`,
      headers: kcc.headers,
      payload: { bsn: BSN },
    });
    expect(response.statusCode).toBe(200);
    const { partijId } = response.json();
    const partij = (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}`, headers: kcc.headers })).json();
    expect(partij.identificatoren).toEqual([
      expect.objectContaining({ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: BSN, codeRegister: 'brp' }),
    ]);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/partij`, headers: kcc.headers })).json().gemaskeerd,
    ).toBe(false);
    expect(await logCount(t.database, gesprekId, 'Verifiëren')).toBe(1);
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${await nieuwGesprek(t, 'brp-onbekend')}/verificatie/brp`,
      headers: kcc.headers,
      payload: { bsn: '123456782' },
    });
    expect(unknown.statusCode).toBe(422);
  });

  it('answers 503 naming the source when the BRP fails or answers outside the spec', async () => {
    for (const storing of [{ soort: 'fout' }, { soort: 'html' }, { soort: 'buiten-spec' }] as const) {
      brp.storing = storing;
      const response = await zoek({ bsn: BSN });
      expect(response.statusCode).toBe(503);
      expect(response.json().error).toMatchObject({ code: 'LOKET_BRON_ONBEREIKBAAR', message: expect.stringContaining('BRP (omgeving)') });
    }
    brp.storing = undefined;
  });

  it('keeps secrets write-only, env sources read-only, and lets only beheerders manage sources', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/beheer/bronnen', headers: beheerder.headers });
    expect(list.json().bronnen.map((b: { id: string; herkomst: string }) => [b.id, b.herkomst])).toEqual([
      ['omgeving-brp', 'omgeving'],
      ['omgeving-zaken', 'omgeving'],
    ]);
    expect(list.body).not.toContain('brp-sleutel');
    expect(list.body).not.toContain('zgw-geheim');
    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/beheer/bronnen/omgeving-zaken',
          headers: beheerder.headers,
          payload: {
            soort: 'zaken',
            naam: 'x',
            instellingen: { zakenApiUrl: 'https://a.example', catalogiApiUrl: 'https://b.example', clientId: 'x' },
          },
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await t.app.inject({ method: 'POST', url: '/api/beheer/bronnen/omgeving-zaken/test', headers: beheerder.headers, payload: {} })
      ).json(),
    ).toMatchObject({ ok: true });
    expect(
      (
        await t.app.inject({ method: 'POST', url: '/api/beheer/bronnen/omgeving-brp/test', headers: beheerder.headers, payload: {} })
      ).json(),
    ).toMatchObject({ ok: true });
    expect((await t.app.inject({ method: 'GET', url: '/api/beheer/bronnen', headers: kcc.headers })).statusCode).toBe(403);

    const payload = {
      soort: 'brp',
      naam: 'Gateway',
      instellingen: { apiUrl: brp.apiUrl, authenticatie: 'api-key', extraHeaders: { 'x-doelbinding': 'KCC' } },
      geheimen: { apiKey: 'fout-sleutel' },
    };
    const created = await t.app.inject({ method: 'POST', url: '/api/beheer/bronnen', headers: beheerder.headers, payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      soort: 'brp',
      naam: 'Gateway',
      herkomst: 'beheer',
      actief: true,
      geheimenIngesteld: ['apiKey'],
      instellingen: { doelbinding: 'Identificatie en verificatie van de klant (KCC)' },
    });
    expect(created.body).not.toContain('fout-sleutel');
    const id = created.json().id;
    const test = await t.app.inject({ method: 'POST', url: `/api/beheer/bronnen/${id}/test`, headers: beheerder.headers, payload: {} });
    expect(test.json()).toMatchObject({ ok: false, melding: expect.stringContaining('HTTP 401') });
    brp.violations.length = 0; // the wrong key was on purpose
    const updated = await t.app.inject({
      method: 'PUT',
      url: `/api/beheer/bronnen/${id}`,
      headers: beheerder.headers,
      payload: { ...payload, naam: 'Gateway 2', geheimen: {} },
    });
    expect(updated.json()).toMatchObject({ naam: 'Gateway 2', geheimenIngesteld: ['apiKey'] });
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/beheer/bronnen',
      headers: beheerder.headers,
      payload: { ...payload, naam: 'Zonder', geheimen: {} },
    });
    expect(missing.json().error.code).toBe('LOKET_BRON_INSTELLINGEN_ONGELDIG');
    expect((await t.app.inject({ method: 'DELETE', url: `/api/beheer/bronnen/${id}`, headers: beheerder.headers })).statusCode).toBe(204);
  });

  it('reads the first sources from the environment and refuses an incomplete set', () => {
    expect(() => loadConfig({ ZAKEN_API_URL: 'https://oz.example/zaken/api/v1' })).toThrow(/CATALOGI_API_URL/);
    expect(() => loadConfig({ BRP_API_URL: 'https://brp.example' })).toThrow(/BRP_API_KEY/);
    expect(loadConfig(env).backoffice.zaken).toMatchObject({ clientId: 'loket-test' });
  });

  it('answers 409 when no BRP is configured', async () => {
    const bare = await createTestApp();
    const session = await bare.login(['kcc']);
    const response = await bare.app.inject({ method: 'POST', url: '/api/brp/personen', headers: session.headers, payload: { bsn: BSN } });
    expect(response.json().error.code).toBe('LOKET_BRON_NIET_INGESTELD');
    await bare.close();
  });
});
