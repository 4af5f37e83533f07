import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.ts';

describe('the chat widget reaches the bot whenever it is on', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'true' });
  });
  afterAll(() => t.close());
  const stand = async () => (await t.app.inject({ method: 'GET', url: '/api/webchat/beschikbaarheid' })).json();

  it('says the bot answers once there is published knowledge, with no agent present', async () => {
    expect(await stand()).toEqual({ beschikbaar: false, bot: false }); // nothing to answer from yet
    const redacteur = await t.login(['redacteur']);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/kennisbank/artikelen',
      headers: redacteur.headers,
      payload: {
        id: 'afvalkalender',
        type: 'artikel',
        title: 'Afvalkalender',
        summary: 'De ophaaldagen van uw straat.',
        body: 'Op de afvalkalender staan de ophaaldagen van uw straat.',
        category: 'afval',
        upl: null,
        audience: ['inwoner'],
        department: 'Team Afval',
        keywords: [],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const step of ['indienen', 'publiceren'])
      await t.app.inject({ method: 'POST', url: '/api/kennisbank/artikelen/afvalkalender/versies/1/' + step, headers: redacteur.headers });
    await expect.poll(stand, { timeout: 10_000 }).toEqual({ beschikbaar: false, bot: true });
  });
});
