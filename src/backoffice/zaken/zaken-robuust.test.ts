import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { demoZaken } from '../peers/demo-backoffice.ts';
import type { Storing } from '../peers/spec-peer.ts';
import { BSN, expectNoViolations, lindelaanPartij, NOW, startPeers } from '../peers/test-backoffice.ts';
import { ZgwPeer } from '../peers/zgw-peer.ts';

/** Three zaaksystemen, one misbehaving at a time: the others still show, the bad one is named. */
describe('zaken from several sources, never slow, never blocking', async () => {
  const { zgw, brp, env } = await startPeers();
  const tweede = new ZgwPeer({
    clientId: 'tweede',
    secret: 'tweede-geheim-0123456789abcdef',
    zaken: [{ ...demoZaken(new Date(NOW))[0]!, identificatie: 'B-1' }],
  });
  const derde = new ZgwPeer({
    clientId: 'derde',
    secret: 'derde-geheim-0123456789abcdef',
    pageSize: 1,
    zaken: [
      { ...demoZaken(new Date(NOW))[1]!, identificatie: 'C-1' },
      { ...demoZaken(new Date(NOW))[2]!, identificatie: 'C-2' },
    ],
  });
  await Promise.all([tweede.start(), derde.start()]);
  let t: TestApp;
  let bo: Session;
  let partijId: string;
  expectNoViolations(zgw, brp);

  const zaken = async () => (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/zaken`, headers: bo.headers })).json();

  beforeAll(async () => {
    t = await createTestApp(env, {
      overrides: { clock: new FixedClock(NOW), backoffice: { breakerThreshold: 2, breakerCooldownMs: 200 } },
    });
    bo = await t.login(['backoffice']);
    const beheerder = await t.login(['beheerder']);
    for (const [naam, peer, clientId] of [
      ['Tweede', tweede, 'tweede'],
      ['Derde', derde, 'derde'],
    ] as const) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/beheer/bronnen',
        headers: beheerder.headers,
        payload: {
          soort: 'zaken',
          naam,
          instellingen: { zakenApiUrl: peer.zakenApiUrl, catalogiApiUrl: peer.catalogiApiUrl, clientId, timeoutMs: 1500 },
          geheimen: { secret: `${clientId}-geheim-0123456789abcdef` },
        },
      });
      expect(response.statusCode).toBe(201);
    }
    partijId = await lindelaanPartij(t, bo.headers);
  });
  beforeEach(() => {
    t.app.backoffice.invalidate(BSN);
    tweede.storing = undefined;
  });
  afterAll(async () => {
    await t.close();
    await Promise.all([zgw.stop(), brp.stop(), tweede.stop(), derde.stop()]);
  });

  it('merges all sources, following pages', async () => {
    const body = await zaken();
    expect(body.ontbrekend).toEqual([]);
    expect(body.zaken.map((z: { bron: string; identificatie: string }) => `${z.bron}:${z.identificatie}`).sort()).toEqual([
      'Derde:C-1',
      'Derde:C-2',
      'Tweede:B-1',
      'Zaaksysteem (omgeving):ZAAK-2026-0000719',
      'Zaaksysteem (omgeving):ZAAK-2026-0001532',
      'Zaaksysteem (omgeving):ZAAK-2026-0001847',
    ]);
    expect(derde.requests.filter((r) => r.path.endsWith('/zaken'))).toHaveLength(2);
  });

  it('answers from the cache within its minute, and asks again after invalidate(bsn)', async () => {
    await zaken();
    const asked = zgw.requests.length;
    await zaken();
    expect(zgw.requests.length).toBe(asked);
    t.app.backoffice.invalidate(BSN);
    await zaken();
    expect(zgw.requests.length).toBeGreaterThan(asked);
  });

  it('shows the rest within the timeout when one source is slow, naming it', async () => {
    tweede.storing = { soort: 'traag', ms: 3000 };
    const start = performance.now();
    const body = await zaken();
    expect(performance.now() - start).toBeLessThan(2800);
    expect(body.ontbrekend).toEqual([{ bron: 'Tweede', reden: 'timeout' }]);
    expect(body.zaken.map((z: { bron: string }) => z.bron)).not.toContain('Tweede');
    expect(body.zaken).toHaveLength(5);
  });

  const cases: [Storing, string][] = [
    [{ soort: 'fout' }, 'fout'],
    [{ soort: 'html' }, 'ongeldig-antwoord'],
    [{ soort: 'groot' }, 'ongeldig-antwoord'],
    [{ soort: 'buiten-spec' }, 'ongeldig-antwoord'],
  ];
  for (const [storing, reden] of cases) {
    it(`drops a source whole when it answers ${storing.soort}`, async () => {
      await new Promise((resolve) => setTimeout(resolve, 250)); // past any open breaker
      tweede.storing = storing;
      const body = await zaken();
      expect(body.ontbrekend).toEqual([{ bron: 'Tweede', reden }]);
      expect(body.zaken).toHaveLength(5);
    });
  }

  it('drops a source whose status answer is outside the spec, not just that zaak', async () => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    tweede.storing = { soort: 'buiten-spec' };
    tweede.storingPad = /\/statussen\//;
    const body = await zaken();
    tweede.storingPad = undefined;
    expect(body.ontbrekend).toEqual([{ bron: 'Tweede', reden: 'ongeldig-antwoord' }]);
  });

  it('opens the breaker after failures in a row, then tries again after the cool-down', async () => {
    await new Promise((resolve) => setTimeout(resolve, 250));
    tweede.storing = { soort: 'fout' };
    await zaken();
    t.app.backoffice.invalidate(BSN);
    await zaken();
    const asked = tweede.requests.length;
    t.app.backoffice.invalidate(BSN);
    expect((await zaken()).ontbrekend).toEqual([{ bron: 'Tweede', reden: 'uit' }]);
    expect(tweede.requests.length).toBe(asked);
    tweede.storing = undefined;
    await new Promise((resolve) => setTimeout(resolve, 250));
    t.app.backoffice.invalidate(BSN);
    expect((await zaken()).ontbrekend).toEqual([]);
  });
});
