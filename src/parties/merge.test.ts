import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, logCount, type Session, type TestApp } from '../test/test-app.ts';

describe('merging duplicate partijen', () => {
  let t: TestApp;
  let agent: Session;
  beforeAll(async () => {
    t = await createTestApp();
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  it('moves the history to the partij that stays, in one logged step', async () => {
    const known = (
      await t.app.inject({ method: 'POST', url: '/api/partijen', headers: agent.headers, payload: persoon({ digitaleAdressen: [] }) })
    ).json();
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<merge-1@example.nl>',
      afzender: { soort: 'email', adres: 'marieke.j@example.nl', naam: 'Marieke Jansen' },
      draad: {},
      onderwerp: 'Bladkorf',
      tekst: 'Komt er een bladkorf?',
    });
    const duplicateId = processed!.partijId!;
    expect(duplicateId).not.toBe(known.id);

    const merged = await t.app.inject({
      method: 'POST',
      url: `/api/partijen/${known.id}/samenvoegen`,
      headers: agent.headers,
      payload: { metPartijId: duplicateId },
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().digitaleAdressen.map((a: { adres: string }) => a.adres)).toContain('marieke.j@example.nl');
    const tijdlijn = (await t.app.inject({ method: 'GET', url: `/api/partijen/${known.id}/tijdlijn`, headers: agent.headers })).json();
    expect(tijdlijn.items.map((i: { titel: string }) => i.titel)).toContain('Bladkorf');
    const duplicate = await t.database.db
      .selectFrom('partij')
      .select(['samengevoegd_met_id', 'indicatie_actief'])
      .where('id', '=', duplicateId)
      .executeTakeFirstOrThrow();
    expect(duplicate).toEqual({ samengevoegd_met_id: known.id, indicatie_actief: false });
    expect(await logCount(t.database, duplicateId, 'Samenvoegen')).toBe(1);

    // The next mail from that address lands on the partij that stayed.
    const next = await t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<merge-2@example.nl>',
      afzender: { soort: 'email', adres: 'marieke.j@example.nl' },
      draad: {},
      onderwerp: 'Nog een vraag',
      tekst: 'En de container?',
    });
    expect(next.processed!.partijId).toBe(known.id);
  });

  it('refuses to merge two people with different BSNs, or a partij with itself', async () => {
    const a = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: agent.headers,
        payload: persoon({
          identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '123456782', codeRegister: 'brp' }],
        }),
      })
    ).json();
    const b = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: agent.headers,
        payload: persoon({
          identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '999999990', codeRegister: 'brp' }],
        }),
      })
    ).json();
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/partijen/${a.id}/samenvoegen`,
      headers: agent.headers,
      payload: { metPartijId: b.id },
    });
    expect(refused.statusCode).toBe(409);
    const still = await t.database.db.selectFrom('partij').select('samengevoegd_met_id').where('id', '=', b.id).executeTakeFirstOrThrow();
    expect(still.samengevoegd_met_id).toBeNull();
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/partijen/${a.id}/samenvoegen`,
      headers: agent.headers,
      payload: { metPartijId: a.id },
    });
    expect(self.statusCode).toBe(400);
  });
});
