import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('identification before disclosure', () => {
  let t: TestApp;
  let agent: Session;
  let gesprekId: string;
  let partijId: string;

  const logRows = (handeling: string) =>
    t.database.db
      .selectFrom('verwerkingsactie as a')
      .innerJoin('verwerkt_object as o', 'o.verwerkingsactie_id', 'a.id')
      .select(['a.actie_naam'])
      .where('o.object_id', '=', partijId)
      .where('a.handeling_naam', '=', handeling)
      .execute();

  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc']);
    partijId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: agent.headers,
        payload: persoon({
          digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'marieke@example.nl', verificatieDatum: '2026-01-05T10:00:00Z' }],
        }),
      })
    ).json().id;
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<verificatie-1@example.nl>',
      afzender: { soort: 'email', adres: 'marieke@example.nl' },
      draad: {},
      onderwerp: 'Mijn aanvraag',
      tekst: 'Hoe staat het met mijn aanvraag voor een parkeervergunning?',
    });
    gesprekId = processed!.gesprekId;
    expect(processed!.partijId).toBe(partijId);
  });
  afterAll(() => t.close());

  it('masks personal details and refuses case history until the citizen is verified', async () => {
    const masked = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/partij`, headers: agent.headers });
    expect(masked.json()).toMatchObject({
      gemaskeerd: true,
      volledigeNaam: 'M. J.',
      geboortedatum: null,
      bezoekadres: null,
      identificatoren: [],
    });
    expect(masked.body).not.toContain('111222333');
    expect(masked.body).not.toContain('Lindelaan');
    const history = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/tijdlijn`, headers: agent.headers });
    expect(history.statusCode).toBe(403);
    expect(history.json().error.code).toBe('LOKET_NIET_GEVERIFIEERD');
    expect(await logRows('Raadplegen')).toHaveLength(0);
    // The gesprek does not name its partij either, so its id cannot lead a kcc agent around the gate.
    const view = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}`, headers: agent.headers });
    expect(view.json().partijId).toBeNull();
    expect(view.body).not.toContain(partijId);
    const teamleider = await t.login(['teamleider']);
    expect((await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}`, headers: teamleider.headers })).json().partijId).toBe(
      partijId,
    );
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/inbox', headers: agent.headers })).json().results;
    expect(inbox.find((g: { id: string }) => g.id === gesprekId)).toMatchObject({ partij: { naam: 'M. J.' }, geverifieerd: false });
  });

  it('refuses wrong details without saying which, and logs the attempt', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/verificatie`,
      headers: agent.headers,
      payload: { naam: 'Marieke Jansen', geboortedatum: '1968-04-18', postcode: '3541 AB' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.code).toBe('LOKET_VERIFICATIE_MISLUKT');
    expect(wrong.json().error.message).not.toMatch(/geboortedatum/i);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/partij`, headers: agent.headers })).json().gemaskeerd,
    ).toBe(true);
  });

  it('verifies in one recorded action, then discloses, logging each disclosure', async () => {
    const before = (await logRows('Verifiëren')).length;
    // Reads so far (the inbox, which names the caller by initials) are not disclosures of this test.
    const reads = (await logRows('Raadplegen')).length;
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/verificatie`,
      headers: agent.headers,
      payload: { naam: 'mevrouw M. Jansen', geboortedatum: '1968-04-17', postcode: '3541ab' },
    });
    expect(ok.json()).toEqual({ geverifieerd: true, methode: 'naam+geboortedatum+postcode' });
    const verified = await logRows('Verifiëren');
    expect(verified.length - before).toBe(1);
    expect(verified.at(-1)?.actie_naam).toBe('Identiteit verifiëren');

    const full = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/partij`, headers: agent.headers });
    expect(full.json()).toMatchObject({ gemaskeerd: false, volledigeNaam: 'Marieke Jansen', geboortedatum: '1968-04-17' });
    expect(await logRows('Raadplegen')).toHaveLength(reads + 1);
    const history = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/tijdlijn`, headers: agent.headers });
    expect(history.statusCode).toBe(200);
    expect(await logRows('Raadplegen')).toHaveLength(reads + 2);
    expect((await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}`, headers: agent.headers })).json().partijId).toBe(
      partijId,
    );
    const gesprek = await t.database.db
      .selectFrom('gesprek')
      .select(['geverifieerd_door', 'verificatie_methode'])
      .where('id', '=', gesprekId)
      .executeTakeFirstOrThrow();
    expect(gesprek).toEqual({ geverifieerd_door: agent.medewerkerId, verificatie_methode: 'naam+geboortedatum+postcode' });
  });

  it('wraps up with topic, result and a contactverzoek, and closes the gesprek', async () => {
    const backoffice = await t.login(['backoffice']);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/afhandeling`,
      headers: agent.headers,
      payload: {
        categorie: 'parkeren',
        resultaat: 'contactverzoek',
        contactverzoek: {
          gevraagdeHandeling: 'Status parkeervergunning nagaan',
          actorIds: [backoffice.actorId],
          terugbelnummer: '06-12345678',
        },
      },
    });
    expect(response.statusCode).toBe(200);
    const { klantcontactId, interneTaakId } = response.json();
    const contact = (await t.app.inject({ method: 'GET', url: `/api/klantcontacten/${klantcontactId}`, headers: agent.headers })).json();
    expect(contact.actoren.map((a: { id: string }) => a.id)).toContain(agent.actorId);
    expect(contact.interneTaken.map((taak: { id: string }) => taak.id)).toEqual([interneTaakId]);
    const taak = (await t.app.inject({ method: 'GET', url: `/api/interne-taken/${interneTaakId}`, headers: backoffice.headers })).json();
    expect(taak.toelichting).toContain('Terugbellen op 06-12345678');
    const row = await t.database.db
      .selectFrom('klantcontact')
      .select(['hoofd_onderwerp_type', 'indicatie_contact_gelukt', 'verdere_actie_ondernomen'])
      .where('id', '=', klantcontactId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ hoofd_onderwerp_type: 'parkeren', indicatie_contact_gelukt: true, verdere_actie_ondernomen: true });
    const gesprek = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}`, headers: agent.headers })).json();
    expect(gesprek.status).toBe('afgehandeld');
  });

  it('links an anonymous chat to the partij the agent found, after which verification can start', async () => {
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'anoniem:1',
      afzender: null,
      draad: { externeId: 'anoniem' },
      tekst: 'Hoe staat het met mijn melding?',
    });
    const chatId = processed!.gesprekId;
    const before = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${chatId}/verificatie`,
      headers: agent.headers,
      payload: { naam: 'Marieke Jansen', geboortedatum: '1968-04-17', postcode: '3541 AB' },
    });
    expect(before.json().error.code).toBe('LOKET_GESPREK_ZONDER_PARTIJ');
    const link = await t.app.inject({
      method: 'PUT',
      url: `/api/gesprekken/${chatId}/partij`,
      headers: agent.headers,
      payload: { partijId },
    });
    expect(link.statusCode).toBe(204);
    // The link reaches the klantcontact; a kcc agent sees it there only after verification (the gate), a team lead now.
    const read = async (session: Session) =>
      (await t.app.inject({ method: 'GET', url: `/api/klantcontacten/${processed!.klantcontactId}`, headers: session.headers })).json();
    expect((await read(agent)).betrokkenen).toEqual([expect.objectContaining({ partijId: null, rol: 'klant' })]);
    expect((await read(await t.login(['teamleider']))).betrokkenen).toEqual([expect.objectContaining({ partijId, rol: 'klant' })]);
    const after = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${chatId}/verificatie`,
      headers: agent.headers,
      payload: { naam: 'Marieke Jansen', geboortedatum: '1968-04-17', postcode: '3541 AB' },
    });
    expect(after.statusCode).toBe(200);
    expect((await read(agent)).betrokkenen).toEqual([expect.objectContaining({ partijId, rol: 'klant' })]);
  });
});
