import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../test/fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';

describe('verwerkingenlogging', () => {
  let t: TestApp;
  let kcc: Session;
  let beheerder: Session;
  let partijId: string;

  beforeAll(async () => {
    t = await createTestApp();
    kcc = await t.login(['kcc']);
    beheerder = await t.login(['beheerder']);
    partijId = (
      await t.app.inject({ method: 'POST', url: '/api/partijen', headers: kcc.headers, payload: persoon({ identificatoren: [] }) })
    ).json().id;
    await t.app.inject({
      method: 'GET',
      url: `/api/partijen/${partijId}`,
      headers: { ...kcc.headers, 'x-verwerking-doel': 'Vraag over bladkorf beantwoorden' },
    });
  });
  afterAll(() => t.close());

  it('shows a beheerder who did what with whose data, why and when, in the VNG field names', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/verwerkingen?objecttype=partij&objectId=${partijId}`,
      headers: beheerder.headers,
    });
    expect(response.statusCode).toBe(200);
    const [read, registered] = response.json().results;
    expect(read).toMatchObject({
      actieNaam: 'Partij raadplegen',
      handelingNaam: 'Raadplegen',
      verwerkingNaam: 'Klantcontact',
      vertrouwelijkheid: 'normaal',
      bewaartermijn: 'P2Y',
      gebruiker: kcc.medewerkerId,
      rol: 'kcc',
      doel: 'Vraag over bladkorf beantwoorden',
      systeem: 'Loket',
    });
    expect(read.verwerkteObjecten).toEqual([
      expect.objectContaining({
        objecttype: 'partij',
        soortObjectId: 'uuid',
        objectId: partijId,
        verwerkteSoortenGegevens: expect.arrayContaining([{ soortGegeven: 'naam' }]),
      }),
    ]);
    expect(registered.handelingNaam).toBe('Invoeren');
    expect(Date.parse(read.tijdstip)).toBeGreaterThanOrEqual(Date.parse(registered.tijdstip));
  });

  it('exports everything about one person for an access request', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/verwerkingen/export/partij/${partijId}`, headers: beheerder.headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(`verwerkingen-${partijId}.json`);
    expect(response.json().verwerkingen).toHaveLength(2);
  });

  it('is not open to agents', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/verwerkingen', headers: kcc.headers });
    expect(response.statusCode).toBe(403);
  });

  it('rolls the read back with its log row: no log row without the read, no read without a log row', async () => {
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('verwerkingsactie')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const missing = await t.app.inject({ method: 'GET', url: '/api/partijen/5f0c3a1e-2a0b-4a9c-9d55-0f0f0f0f0f0f', headers: kcc.headers });
    expect(missing.statusCode).toBe(404);
    expect(await count()).toBe(before);
  });
});
