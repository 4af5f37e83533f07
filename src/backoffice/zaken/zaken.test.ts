import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../platform/clock.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../../test/test-app.ts';
import { LINDELAAN_TOELICHTING } from '../peers/demo-backoffice.ts';
import { BSN, expectNoViolations, lindelaanPartij, nieuwGesprek, NOW, startPeers } from '../peers/test-backoffice.ts';

describe('zaken of a partij (Zaken + Catalogi API)', async () => {
  const { zgw, brp, env } = await startPeers();
  let t: TestApp;
  let backoffice: Session;
  let kcc: Session;
  let partijId: string;
  expectNoViolations(zgw, brp);

  beforeAll(async () => {
    t = await createTestApp(env, { overrides: { clock: new FixedClock(NOW) } });
    backoffice = await t.login(['backoffice']);
    kcc = await t.login(['kcc']);
    partijId = await lindelaanPartij(t, backoffice.headers);
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([zgw.stop(), brp.stop()]);
  });

  it('shows the Lindelaan zaak with its status toelichting, planning and teLaat by the app clock', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/zaken`, headers: backoffice.headers });
    expect(response.statusCode).toBe(200);
    const { zaken, ontbrekend } = response.json();
    expect(ontbrekend).toEqual([]);
    expect(zaken.map((z: { identificatie: string }) => z.identificatie)).toEqual([
      'ZAAK-2026-0001847',
      'ZAAK-2026-0001532',
      'ZAAK-2026-0000719',
    ]);
    const [bladkorf, melding, vergunning] = zaken;
    expect(bladkorf).toMatchObject({
      bron: 'Zaaksysteem (omgeving)',
      omschrijving: 'Bladkorf aanvragen Lindelaan 14',
      zaaktype: { omschrijving: 'Bladkorf aanvragen' },
      status: { omschrijving: 'In behandeling', toelichting: LINDELAAN_TOELICHTING, datumStatusGezet: '2026-11-19T14:00:00Z' },
      statussen: [],
      startdatum: '2026-11-16',
      einddatumGepland: '2026-12-14',
      uiterlijkeEinddatumAfdoening: '2027-01-11',
      teLaat: false,
    });
    expect(melding).toMatchObject({ uiterlijkeEinddatumAfdoening: null, einddatumGepland: '2026-11-12', teLaat: true });
    expect(vergunning).toMatchObject({ einddatum: '2026-08-12', teLaat: false });
    // Asked narrowly: one list, one status per zaak, catalogue entries once.
    expect(zgw.requests.filter((r) => r.path.endsWith('/zaken')).at(-1)?.query).toBe(
      `?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN}&page=1`,
    );
  });

  it('is late from the day after the latest date, in Amsterdam', async () => {
    const clock = t.app.clock as FixedClock;
    const at = async (moment: string) => {
      clock.set(moment);
      const session = await t.login(['teamleider']);
      return (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/zaken`, headers: session.headers })).json().zaken[0]
        .teLaat as boolean;
    };
    try {
      // 23:30 in Amsterdam is still the 11th; 00:30 is the 12th.
      expect([await at('2027-01-11T22:30:00Z'), await at('2027-01-11T23:30:00Z')]).toEqual([false, true]);
    } finally {
      clock.set(NOW);
    }
  });

  it('loads the status history when the agent opens a zaak', async () => {
    const zaakUrl = zgw.res.zaken[0]!.url;
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/partijen/${partijId}/zaken/historie?url=${encodeURIComponent(zaakUrl)}`,
      headers: backoffice.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().statussen).toEqual([
      { omschrijving: 'In behandeling', toelichting: LINDELAAN_TOELICHTING, datumStatusGezet: '2026-11-19T14:00:00Z' },
      { omschrijving: 'Ontvangen', toelichting: 'Uw aanvraag is ontvangen.', datumStatusGezet: '2026-11-16T09:00:00Z' },
    ]);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/partijen/${partijId}/zaken/historie?url=${encodeURIComponent(`${zgw.zakenApiUrl}/zaken/00000000-0000-4000-a000-000000000000`)}`,
      headers: backoffice.headers,
    });
    expect(other.statusCode).toBe(404);
  });

  it('lets kcc see zaken only in a gesprek whose caller is verified as this partij', async () => {
    const without = await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/zaken`, headers: kcc.headers });
    expect(without.statusCode).toBe(403);
    const gesprekId = await nieuwGesprek(t, 'kcc-zaken');
    await t.app.inject({ method: 'PUT', url: `/api/gesprekken/${gesprekId}/partij`, headers: kcc.headers, payload: { partijId } });
    const unverified = await t.app.inject({
      method: 'GET',
      url: `/api/partijen/${partijId}/zaken?gesprek=${gesprekId}`,
      headers: kcc.headers,
    });
    expect(unverified.statusCode).toBe(403);
    const verify = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/verificatie/brp`,
      headers: kcc.headers,
      payload: { bsn: BSN },
    });
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ geverifieerd: true, partijId, nieuwePartij: false });
    const verified = await t.app.inject({
      method: 'GET',
      url: `/api/partijen/${partijId}/zaken?gesprek=${gesprekId}`,
      headers: kcc.headers,
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().zaken).toHaveLength(3);
    const beheerder = await t.login(['beheerder']);
    expect((await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/zaken`, headers: beheerder.headers })).statusCode).toBe(
      403,
    );
  });

  it('logs every read of zaken in the processing log', async () => {
    const before = await logCount(t.database, partijId, 'Raadplegen');
    await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/zaken`, headers: backoffice.headers });
    expect(await logCount(t.database, partijId, 'Raadplegen')).toBe(before + 1);
    expect(await logCount(t.database, zgw.res.zaken[0]!.url, 'Raadplegen')).toBeGreaterThan(0);
  });

  it('links a zaak to a klantcontact like KISS, registers the contact on the zaak, and shows it on the tijdlijn', async () => {
    const contact = await t.app.inject({
      method: 'POST',
      url: '/api/klantcontacten',
      headers: backoffice.headers,
      payload: { kanaal: 'telefoon', onderwerp: 'Vraag over bladkorf', betrokkenen: [{ partijId, rol: 'klant', initiator: true }] },
    });
    const zaak = zgw.res.zaken[0]!;
    const linked = await t.app.inject({
      method: 'POST',
      url: `/api/klantcontacten/${contact.json().id}/zaken`,
      headers: backoffice.headers,
      payload: { bron: 'Zaaksysteem (omgeving)', zaakUrl: zaak.url },
    });
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toEqual({
      onderwerpobject: { codeObjecttype: 'zgw-Zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid', objectId: zaak.uuid },
      zaak: { identificatie: 'ZAAK-2026-0001847', omschrijving: 'Bladkorf aanvragen Lindelaan 14' },
      zaakcontactmoment: true,
    });
    expect(zgw.zaakcontactmomenten).toEqual([
      { zaak: zaak.url, contactmoment: expect.stringMatching(new RegExp(`/klantinteracties/api/v1/klantcontacten/${contact.json().id}$`)) },
    ]);
    const tijdlijn = await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: backoffice.headers });
    const item = tijdlijn.json().items.find((i: { id: string }) => i.id === contact.json().id);
    expect(item.zaken).toEqual([
      { objectId: zaak.uuid, identificatie: 'ZAAK-2026-0001847', omschrijving: 'Bladkorf aanvragen Lindelaan 14' },
    ]);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/klantcontacten/${contact.json().id}/zaken`,
      headers: backoffice.headers,
      payload: { bron: 'Zaaksysteem (omgeving)', zaakUrl: zaak.url },
    });
    expect(again.json().zaakcontactmoment).toBe(false);
    expect(zgw.zaakcontactmomenten).toHaveLength(1);
  });
});
