import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureTeam } from '../auth/teams.ts';
import { NotificatiesPeer } from '../backoffice/peers/notificaties-peer.ts';
import { createKlantcontact } from '../contacts/contacts.service.ts';
import { FixedClock } from '../platform/clock.ts';
import { systemContext } from '../platform/system-context.ts';
import { changeTaakStatus, createInterneTaak } from '../tasks/tasks.service.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { gewenstAbonnement, registreerAbonnementEenmaal } from './abonnement.ts';
import { notificatiesAbonneerCommand } from './notificaties.cli.ts';
import { NotificatiesClient } from './notificaties.client.ts';

const NOW = '2026-11-24T10:00:00Z';
const AUTH = 'Bearer callback-geheim-van-loket';
const ctx = systemContext('test');

describe('events out: Loket publishes on kanaal klantinteracties from its outbox', () => {
  let t: TestApp;
  let peer: NotificatiesPeer;
  const clock = new FixedClock(NOW);

  beforeAll(async () => {
    peer = new NotificatiesPeer({ clientId: 'loket', secret: 'notificaties-geheim' });
    await peer.start();
    // The back offices' kanalen exist at the component before Loket subscribes to them.
    peer.kanalen.push(
      { url: `${peer.apiUrl}/kanaal/1`, naam: 'zaken', filters: ['bronorganisatie', 'zaaktype'] },
      { url: `${peer.apiUrl}/kanaal/2`, naam: 'objecten', filters: ['objectType'] },
    );
    t = await createTestApp(
      {
        PUBLIC_URL: 'https://loket.lindendaal.nl',
        NOTIFICATIES_API_URL: peer.apiUrl,
        NOTIFICATIES_CLIENT_ID: 'loket',
        NOTIFICATIES_SECRET: 'notificaties-geheim',
        NOTIFICATIES_CALLBACK_AUTH: AUTH,
        NOTIFICATIES_KANALEN: 'zaken,objecten',
        NOTIFICATIES_FILTERS: 'zaken.bronorganisatie=002220647',
      },
      { overrides: { clock } },
    );
  });
  afterAll(async () => {
    await t.close();
    await peer.stop();
  });
  beforeEach(() => {
    peer.storing = undefined;
  });

  const outbox = () =>
    t.database.db
      .selectFrom('notificatie_uit')
      .select(['resource', 'actie', 'status', 'pogingen', 'laatste_fout'])
      .orderBy('volgnummer')
      .execute();

  it('announces a klantcontact and an interne taak created and closed, in order, shaped as the specification says', async () => {
    const team = await ensureTeam(t.database.db, 'Afval & Reiniging');
    const kc = await createKlantcontact(t.database.db, ctx, { kanaal: 'telefoon', onderwerp: 'Bladkorf', plaatsgevondenOp: NOW });
    const taak = await createInterneTaak(t.database.db, ctx, {
      klantcontactId: kc.id,
      gevraagdeHandeling: 'Terugbellen',
      actorIds: [team.actor_id],
    });
    await changeTaakStatus(t.database.db, ctx, taak.id, 'verwerken');
    expect((await outbox()).map((r) => `${r.resource}/${r.actie}/${r.status}`)).toEqual([
      'klantcontact/create/wachtend',
      'internetaak/create/wachtend',
      'internetaak/update/wachtend',
    ]);

    expect(await t.app.notificatiesUit.processDue()).toBe(3);
    expect(peer.violations).toEqual([]);
    expect(peer.kanalen.find((k) => k.naam === 'klantinteracties')?.filters).toEqual(['nummer', 'kanaal', 'gevraagde_handeling', 'status']);
    const base = 'https://loket.lindendaal.nl/klantinteracties/api/v1';
    expect(peer.notificaties).toMatchObject([
      {
        kanaal: 'klantinteracties',
        resource: 'klantcontact',
        actie: 'create',
        hoofdObject: `${base}/klantcontacten/${kc.id}`,
        resourceUrl: `${base}/klantcontacten/${kc.id}`,
        kenmerken: { kanaal: 'telefoon', nummer: kc.nummer },
      },
      { resource: 'internetaak', actie: 'create', resourceUrl: `${base}/internetaken/${taak.id}`, kenmerken: { status: 'te_verwerken' } },
      { resource: 'internetaak', actie: 'update', hoofdObject: `${base}/internetaken/${taak.id}`, kenmerken: { status: 'verwerkt' } },
    ]);
    expect((await outbox()).every((r) => r.status === 'afgeleverd')).toBe(true);
    // Delivered once: another run sends nothing.
    expect(await t.app.notificatiesUit.processDue()).toBe(0);
    expect(peer.notificaties).toHaveLength(3);
  });

  it('writes nothing when the change does not commit', async () => {
    const voor = (await outbox()).length;
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await createKlantcontact(trx, ctx, { kanaal: 'email', onderwerp: 'Teruggedraaid', plaatsgevondenOp: NOW });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await outbox()).toHaveLength(voor);
  });

  it('keeps a notificatie the component refused and delivers it once after the back-off', async () => {
    const gezien = peer.notificaties.length;
    await createKlantcontact(t.database.db, ctx, { kanaal: 'balie', onderwerp: 'Paspoort', plaatsgevondenOp: NOW });
    peer.storing = { soort: 'fout' };
    expect(await t.app.notificatiesUit.processDue()).toBe(0);
    expect((await outbox()).at(-1)).toMatchObject({ status: 'wachtend', pogingen: 1, laatste_fout: expect.stringContaining('HTTP 500') });
    peer.storing = undefined;
    // Not due before its back-off, by the app's clock.
    expect(await t.app.notificatiesUit.processDue()).toBe(0);
    clock.set('2026-11-24T10:00:05Z');
    expect(await t.app.notificatiesUit.processDue()).toBe(1);
    expect(peer.notificaties).toHaveLength(gezien + 1);
    expect((await outbox()).at(-1)).toMatchObject({ status: 'afgeleverd', pogingen: 2 });
  });

  it('registers its abonnement from the configuration, and updates it instead of adding a second', async () => {
    const wens = gewenstAbonnement(t.config);
    expect(wens).toEqual({
      callbackUrl: 'https://loket.lindendaal.nl/api/notificaties/callback',
      auth: AUTH,
      kanalen: [
        { naam: 'zaken', filters: { bronorganisatie: '002220647' } },
        { naam: 'objecten', filters: {} },
      ],
    });
    const client = new NotificatiesClient(t.config.gebeurtenissen.notificatiesApi!);
    expect(await registreerAbonnementEenmaal(t.database.db, client, wens!)).toBe('aangemaakt');
    expect(await registreerAbonnementEenmaal(t.database.db, client, { ...wens!, auth: 'Bearer nieuw-geheim-van-loket' })).toBe(
      'bijgewerkt',
    );
    expect(peer.abonnementen).toHaveLength(1);
    expect(peer.abonnementen[0]).toMatchObject({
      callbackUrl: wens!.callbackUrl,
      auth: 'Bearer nieuw-geheim-van-loket',
      kanalen: wens!.kanalen,
    });
    expect(peer.violations).toEqual([]);
  });

  it('npx loket notificaties abonneer does the same from the command line', async () => {
    const env = { NOTIFICATIES_API_URL: peer.apiUrl, NOTIFICATIES_CLIENT_ID: 'loket', NOTIFICATIES_SECRET: 'notificaties-geheim' };
    for (const [k, v] of Object.entries({
      ...env,
      NOTIFICATIES_CALLBACK_AUTH: AUTH,
      NOTIFICATIES_KANALEN: 'zaken',
      PUBLIC_URL: 'https://loket.lindendaal.nl',
    }))
      vi.stubEnv(k, v);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    let regels: unknown[][];
    try {
      await notificatiesAbonneerCommand.run([], { withDatabase: () => Promise.reject(new Error('needs no database')) });
    } finally {
      regels = log.mock.calls.map((c) => [...c]);
      vi.unstubAllEnvs();
      log.mockRestore();
    }
    expect(regels).toContainEqual(['Abonnement bijgewerkt: https://loket.lindendaal.nl/api/notificaties/callback op zaken.']);
    expect(peer.abonnementen).toMatchObject([{ auth: AUTH, kanalen: [{ naam: 'zaken', filters: {} }] }]);
  });
});
