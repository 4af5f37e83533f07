import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketEvent } from '../platform/realtime/event-bus.ts';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

/**
 * The verification gate cannot be walked around: before the caller is verified, no route a kcc
 * agent can call names the gesprek's partij (its id leads to the full record). Back office and team
 * leads keep seeing it, as before. Each check fails if its route starts to leak.
 * A partij the agent registers inside a gesprek (a balie visit) counts as verified there: see
 * src/channels/balie/balie.test.ts.
 */
describe('verification gate: no route tells a kcc agent the partij of an unverified gesprek', () => {
  let t: TestApp;
  let kcc: Session;
  let teamleider: Session;
  let backoffice: Session;
  let partijId: string;
  let gesprekId: string;
  let klantcontactId: string;
  let verzoekId: string;

  const get = (url: string, session: Session) => t.app.inject({ method: 'GET', url, headers: session.headers });

  beforeAll(async () => {
    t = await createTestApp();
    kcc = await t.login(['kcc']);
    teamleider = await t.login(['teamleider']);
    backoffice = await t.login(['backoffice']);
    partijId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: teamleider.headers,
        payload: persoon({ digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'marieke@example.nl' }] }),
      })
    ).json().id;
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<poort-1@example.nl>',
      afzender: { soort: 'email', adres: 'marieke@example.nl' },
      draad: {},
      onderwerp: 'Parkeervergunning verlengen',
      tekst: 'Hoe verleng ik mijn parkeervergunning?',
    });
    gesprekId = processed!.gesprekId;
    expect(processed!.partijId).toBe(partijId);
    klantcontactId = processed!.klantcontactId!;
    expect(klantcontactId).toBeTruthy();
  });
  afterAll(() => t.close());

  it('GET /api/gesprekken/:id/partij: initials only and no id for kcc; the id for back office and team lead', async () => {
    const masked = await get(`/api/gesprekken/${gesprekId}/partij`, kcc);
    expect(masked.statusCode).toBe(200);
    expect(masked.json()).toMatchObject({ gemaskeerd: true, id: null, volledigeNaam: 'M. J.' });
    expect(masked.body).not.toContain(partijId);
    for (const session of [teamleider, backoffice])
      expect((await get(`/api/gesprekken/${gesprekId}/partij`, session)).json().id).toBe(partijId);
  });

  it('GET /api/inbox: the caller by initials, without the partij id for kcc', async () => {
    const inbox = await get('/api/inbox', kcc);
    const item = inbox.json().results.find((g: { id: string }) => g.id === gesprekId);
    expect(item.partij).toEqual({ id: null, naam: 'M. J.' });
    expect(inbox.body).not.toContain(partijId);
    const lead = (await get('/api/inbox', teamleider)).json().results.find((g: { id: string }) => g.id === gesprekId);
    expect(lead.partij).toEqual({ id: partijId, naam: 'M. J.' });
  });

  it('GET /api/gesprekken/:id and its tijdlijn: no partij, and the history refused', async () => {
    const view = await get(`/api/gesprekken/${gesprekId}`, kcc);
    expect(view.json().partijId).toBeNull();
    expect(view.body).not.toContain(partijId);
    const tijdlijn = await get(`/api/gesprekken/${gesprekId}/tijdlijn`, kcc);
    expect(tijdlijn.statusCode).toBe(403);
    expect(tijdlijn.json().error.code).toBe('LOKET_NIET_GEVERIFIEERD');
  });

  it('GET /api/zoeken: a gesprek hit names no partij', async () => {
    const found = await get('/api/zoeken?q=parkeervergunning', kcc);
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain(gesprekId);
    expect(found.body).not.toContain(partijId);
  });

  it('GET /api/klantcontacten/:id of the gesprek names no partij for kcc; the team lead sees it', async () => {
    const contact = await get(`/api/klantcontacten/${klantcontactId}`, kcc);
    expect(contact.statusCode).toBe(200);
    expect(contact.json().betrokkenen).toEqual([expect.objectContaining({ partijId: null, volledigeNaam: null, rol: 'klant' })]);
    expect(contact.body).not.toContain(partijId);
    expect((await get(`/api/klantcontacten/${klantcontactId}`, teamleider)).json().betrokkenen).toEqual([
      expect.objectContaining({ partijId, rol: 'klant' }),
    ]);
  });

  it('GET /api/verzoeken/:id of a verzoek the unverified gesprek is linked to names no partij for kcc', async () => {
    verzoekId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/verzoeken',
        headers: teamleider.headers,
        payload: { partijId, onderwerp: 'Parkeervergunning' },
      })
    ).json().id;
    const linked = await t.app.inject({
      method: 'PUT',
      url: `/api/klantcontacten/${klantcontactId}/verzoek`,
      headers: kcc.headers,
      payload: { verzoekId },
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.body).not.toContain(partijId);
    const verzoek = await get(`/api/verzoeken/${verzoekId}`, kcc);
    expect(verzoek.statusCode).toBe(200);
    expect(verzoek.json()).toMatchObject({ partijId: null, klantcontacten: [expect.objectContaining({ id: klantcontactId })] });
    expect(verzoek.body).not.toContain(partijId);
    const afgehandeld = await t.app.inject({ method: 'POST', url: `/api/verzoeken/${verzoekId}/afhandelen`, headers: kcc.headers });
    expect(afgehandeld.json()).toMatchObject({ status: 'afgehandeld', partijId: null });
    expect((await get(`/api/verzoeken/${verzoekId}`, teamleider)).json().partijId).toBe(partijId);
  });

  it('realtime: linking a gesprek to a partij tells the agents which gesprek, not which partij', async () => {
    const events: LoketEvent[] = [];
    const stop = t.app.hub.subscribe((event) => events.push(event));
    try {
      const linked = await t.app.inject({
        method: 'PUT',
        url: `/api/gesprekken/${gesprekId}/partij`,
        headers: teamleider.headers,
        payload: { partijId },
      });
      expect(linked.statusCode).toBeLessThan(300);
      await expect.poll(() => events.find((e) => e.type === 'gesprek.partij'), { timeout: 5_000 }).toBeDefined();
      const event = events.find((e) => e.type === 'gesprek.partij')!;
      expect(event.data).toEqual({ gesprekId });
      expect(JSON.stringify(events)).not.toContain(partijId);
    } finally {
      stop();
    }
  });

  it('after verification the kcc agent sees the partij', async () => {
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/verificatie`,
      headers: kcc.headers,
      payload: { naam: 'Marieke Jansen', geboortedatum: '1968-04-17', postcode: '3541 AB' },
    });
    expect(ok.json().geverifieerd).toBe(true);
    expect((await get(`/api/gesprekken/${gesprekId}/partij`, kcc)).json()).toMatchObject({ gemaskeerd: false, id: partijId });
    expect((await get('/api/inbox', kcc)).json().results.find((g: { id: string }) => g.id === gesprekId).partij.id).toBe(partijId);
    expect((await get(`/api/klantcontacten/${klantcontactId}`, kcc)).json().betrokkenen).toEqual([
      expect.objectContaining({ partijId, rol: 'klant' }),
    ]);
    expect((await get(`/api/verzoeken/${verzoekId}`, kcc)).json().partijId).toBe(partijId);
  });
});
