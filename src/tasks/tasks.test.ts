import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';

describe('interne taken (contactverzoeken)', () => {
  let t: TestApp;
  let kcc: Session;
  let backoffice: Session;
  let klantcontactId: string;
  let partijId: string;

  beforeAll(async () => {
    t = await createTestApp();
    kcc = await t.login(['kcc']);
    backoffice = await t.login(['backoffice']);
    partijId = (
      await t.app.inject({ method: 'POST', url: '/api/partijen', headers: kcc.headers, payload: persoon({ identificatoren: [] }) })
    ).json().id;
    klantcontactId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/klantcontacten',
        headers: kcc.headers,
        payload: { kanaal: 'balie', onderwerp: 'Parkeervergunning', betrokkenen: [{ partijId, rol: 'klant', initiator: true }] },
      })
    ).json().id;
  });
  afterAll(() => t.close());

  const create = (payload: object) => t.app.inject({ method: 'POST', url: '/api/interne-taken', headers: kcc.headers, payload });

  it('hands a task to a colleague and puts it in their worklist', async () => {
    const response = await create({
      klantcontactId,
      gevraagdeHandeling: 'Bel mevrouw terug over haar vergunning',
      actorIds: [backoffice.actorId],
      uiterlijkOp: '2026-12-03T16:00:00Z',
    });
    expect(response.statusCode).toBe(201);
    const taak = response.json();
    expect(taak).toMatchObject({ status: 'te_verwerken', afgehandeldOp: null, uiterlijkOp: '2026-12-03T16:00:00.000Z' });
    expect(taak.actoren.map((a: { id: string }) => a.id)).toEqual([backoffice.actorId]);

    const worklist = await t.app.inject({
      method: 'GET',
      url: `/api/interne-taken?status=te_verwerken&actorId=${backoffice.actorId}`,
      headers: backoffice.headers,
    });
    expect(worklist.json().results.map((r: { id: string }) => r.id)).toContain(taak.id);
    const contact = await t.app.inject({ method: 'GET', url: `/api/klantcontacten/${klantcontactId}`, headers: kcc.headers });
    expect(contact.json().interneTaken.map((r: { id: string }) => r.id)).toContain(taak.id);
    expect(await logCount(t.database, taak.id, 'Invoeren')).toBe(1);
  });

  it('follows the status state machine: verwerken once, then only heropenen', async () => {
    const taak = (await create({ klantcontactId, gevraagdeHandeling: 'Stuur formulier op', actorIds: [backoffice.actorId] })).json();
    const done = await t.app.inject({ method: 'POST', url: `/api/interne-taken/${taak.id}/verwerken`, headers: backoffice.headers });
    expect(done.json()).toMatchObject({ status: 'verwerkt' });
    expect(done.json().afgehandeldOp).not.toBeNull();
    const twice = await t.app.inject({ method: 'POST', url: `/api/interne-taken/${taak.id}/verwerken`, headers: backoffice.headers });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('LOKET_TRANSITION_NOT_ALLOWED');
    const reopened = await t.app.inject({ method: 'POST', url: `/api/interne-taken/${taak.id}/heropenen`, headers: backoffice.headers });
    expect(reopened.json()).toMatchObject({ status: 'te_verwerken', afgehandeldOp: null });
  });

  it('refuses tasks for unknown contacts or actors', async () => {
    const unknownContact = await create({
      klantcontactId: '5f0c3a1e-2a0b-4a9c-9d55-0f0f0f0f0f0f',
      gevraagdeHandeling: 'x',
      actorIds: [backoffice.actorId],
    });
    expect(unknownContact.json().error.code).toBe('LOKET_AANLEIDING_NOT_FOUND');
    const unknownActor = await create({ klantcontactId, gevraagdeHandeling: 'x', actorIds: ['5f0c3a1e-2a0b-4a9c-9d55-0f0f0f0f0f0f'] });
    expect(unknownActor.json().error.code).toBe('LOKET_ACTOR_NOT_FOUND');
    const noActor = await create({ klantcontactId, gevraagdeHandeling: 'x', actorIds: [] });
    expect(noActor.json().error.fields[0].field).toBe('body.actorIds');
  });
});
