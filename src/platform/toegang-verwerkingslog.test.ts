import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGesprek } from '../conversations/conversations.service.ts';
import { insertGebeurtenis } from '../gebeurtenissen/gebeurtenissen.queries.ts';
import { createBodies, SEED_ORDER, type Seed } from '../klantinteracties/contract/contract-fixtures.ts';
import { API_PREFIX } from '../contract/klantinteracties-urls.ts';
import { persoon } from '../test/fixtures.ts';
import { operaties, type Operaties } from '../test/openapi-operaties.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import type { Rol } from './roles.ts';
import { systemContext } from './system-context.ts';
import { ANONIEM } from './toegang.ts';

/**
 * Generated from the OpenAPI marks: every GET marked `x-persoonsgegevens: true` that a medewerker
 * calls is made to return personal data from one seed (a partij, a gesprek through the channel
 * pipeline, a verzoek, every Klantinteracties resource), and must write a processing-log row for
 * that very request (matched on the request id). Routes the seed cannot serve are listed in SKIPPED
 * with the reason; the test fails when a skipped route is no longer marked, so the list stays honest.
 */
const SKIPPED: Record<string, string> = {
  '/api/telefoon/gesprekken/{callId}/transcript': 'needs a call from the CTI; covered by src/channels/telefoon tests',
  '/api/partijen/{id}/zaken': 'needs a zaaksysteem (back-office source); covered by src/backoffice/zaken tests',
  '/api/partijen/{id}/zaken/historie': 'needs a zaaksysteem (back-office source); covered by src/backoffice/zaken tests',
  '/api/analytics/dashboard/hotspots':
    'shows example texts (and logs reading them) only for a hotspot, which needs weeks of contacts; covered by src/analytics/hotspot-card.test.ts',
  '/api/gesprekken/{id}/botconcepten': "needs a concept from the bot's e-mail job; the route logs when it returns one (bot.routes.ts)",
  '/api/verwerkingen': 'the beheerder reading the processing log itself; not logged again (follow-up: decide with the privacy officer)',
  '/api/verwerkingen/export/partij/{id}':
    'the beheerder exporting the processing log of one partij; not logged again (follow-up, as above)',
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test reads response JSON loosely

describe('processing log for every route marked as personal data', () => {
  let t: TestApp;
  let ops: Operaties;
  const sessions = new Map<Rol, Session>();
  const ids: Record<string, string> = {};
  const ki: Seed = {};

  const inject = async (rol: Rol, method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await t.app.inject({ method, url, headers: sessions.get(rol)!.headers, ...(payload ? { payload } : {}) });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json<Json>();
  };

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://loket.lindendaal.nl' });
    for (const rol of ['kcc', 'teamleider', 'beheerder', 'redacteur'] as const) sessions.set(rol, await t.login([rol]));
    ids.partij = (
      await inject(
        'teamleider',
        'POST',
        '/api/partijen',
        persoon({ digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'marieke@example.nl' }] }),
      )
    ).id;
    ids.organisatie = (
      await inject('teamleider', 'POST', '/api/partijen', { soortPartij: 'organisatie', organisatieNaam: 'Bakkerij Jansen' })
    ).id;
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<verwerkingslog-1@example.nl>',
      afzender: { soort: 'email', adres: 'marieke@example.nl' },
      draad: {},
      onderwerp: 'Parkeervergunning',
      tekst: 'Hoe staat het met mijn aanvraag voor een parkeervergunning? Zie de bijlage.',
      bijlagen: [
        { bestandsnaam: 'vergunning.txt', contentType: 'text/plain', inhoudBase64: Buffer.from('Kenteken XX-123-Y').toString('base64') },
      ],
    });
    ids.gesprek = processed!.gesprekId;
    expect(processed!.partijId).toBe(ids.partij);
    ids.bijlage = (await inject('teamleider', 'GET', `/api/gesprekken/${ids.gesprek}`)).berichten[0].bijlagen[0].id;
    // The caller verified, so the gesprek's partij and history may be read (and are logged).
    await inject('kcc', 'POST', `/api/gesprekken/${ids.gesprek}/verificatie`, {
      naam: 'Marieke Jansen',
      geboortedatum: '1968-04-17',
      postcode: '3541 AB',
    });
    ids.verzoek = (await inject('teamleider', 'POST', '/api/verzoeken', { partijId: ids.partij, onderwerp: 'Parkeervergunning' })).id;
    // The Klantinteracties resources, written through the API as an integration would.
    const token = await t.token('teamleider');
    for (const resource of ['partij2' as const, ...SEED_ORDER]) {
      const body = resource === 'partij2' ? createBodies.partijen(ki) : createBodies[resource](ki);
      const response = await t.app.inject({
        method: 'POST',
        url: `${API_PREFIX}/${resource === 'partij2' ? 'partijen' : resource}`,
        headers: token,
        payload: body,
      });
      if (response.statusCode !== 201) throw new Error(`seed ${resource}: ${response.statusCode} ${response.body}`);
      ki[resource] = response.json<Json>().uuid;
    }
    ids.klantcontact = ki.klantcontacten!;
    ids.taak = ki.internetaken!;
    // A chat with its quality analysis, which the team lead's quality view shows as a transcript.
    const at = (seconds: number) => new Date(Date.parse('2026-11-24T09:00:00Z') + seconds * 1000);
    ids.chat = await startGesprek(
      t.database.db,
      systemContext('test'),
      { kanaal: 'webchat', externeId: 'verwerkingslog-chat', onderwerp: 'Paspoort', partijId: ids.partij },
      [
        { richting: 'inkomend', inhoud: 'Hallo, ik ben Marieke Jansen en heb een vraag over mijn paspoort.', verzondenOp: at(0) },
        { richting: 'uitgaand', inhoud: 'Uw aanvraag is goedgekeurd.', afzenderActorId: sessions.get('kcc')!.actorId, verzondenOp: at(30) },
      ],
    );
    await inject('teamleider', 'POST', `/api/analytics/kwaliteit/gesprekken/${ids.chat}/analyse`);
    // An event from the zaaksysteem naming the initiator, and the signal a rule made of it.
    const gebeurtenis = await insertGebeurtenis(t.database.db, {
      bron: 'notificatie',
      sleutel: 'verwerkingslog-1',
      soort: 'zaken/status/create',
      inhoud: { hoofdObject: 'https://zaken.example/zaken/1', kenmerken: { bsn: '999993653' } },
      nu: at(60),
    });
    await t.database.db
      .insertInto('gebeurtenis_signaal')
      .values({
        gebeurtenis_id: gebeurtenis.id,
        titel: 'Zaak van M. Jansen loopt uit',
        tekst: 'Marieke Jansen wacht al drie weken.',
        aangemaakt_op: at(61),
      })
      .execute();
    // A citizen's question to the bot, which the coaching view shows (masked) to the redacteur.
    await t.app.inject({
      method: 'POST',
      url: '/api/bot/ask',
      payload: { vraag: 'Mijn naam is Marieke Jansen, hoe vraag ik een parkeervergunning aan?' },
    });
    ops = await operaties(t);
  }, 180_000);
  afterAll(() => t.close());

  function url(path: string): string {
    const id = (name: string) => {
      if (name === 'bijlageId') return ids.bijlage!;
      if (path.startsWith('/api/analytics/kwaliteit/gesprekken/')) return ids.chat!;
      if (path.startsWith('/api/gesprekken/')) return ids.gesprek!;
      if (path.startsWith('/api/partijen/') || path.startsWith('/api/verwerkingen/export/partij/')) return ids.partij!;
      if (path.startsWith('/api/klantcontacten/')) return ids.klantcontact!;
      if (path.startsWith('/api/verzoeken/')) return ids.verzoek!;
      if (path.startsWith('/api/interne-taken/')) return ids.taak!;
      if (path.startsWith('/contactgegevens/api/v1/persoon/')) return ids.partij!;
      if (path.startsWith('/contactgegevens/api/v1/organisatie/')) return ids.organisatie!;
      const resource = /^\/klantinteracties\/api\/v1\/([\w-]+)\//.exec(path)?.[1] as keyof Seed | undefined;
      if (resource && ki[resource]) return ki[resource]!;
      throw new Error(`no seed for {${name}} in ${path}`);
    };
    const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => id(name));
    return path === '/api/zoeken' ? `${filled}?q=Jansen` : path === '/api/partijen' ? `${filled}?naam=Jansen` : filled;
  }

  it('writes a processing-log row for each read of personal data', async () => {
    const checked: string[] = [];
    const missing: string[] = [];
    const marked = ops.filter(
      ({ method, op }) => method === 'get' && op['x-persoonsgegevens'] === true && !(op['x-rollen'] as string[]).includes(ANONIEM),
    );
    for (const { path, op } of marked) {
      const rollen = op['x-rollen'] as Rol[];
      // Routes with their own credential (a webhook, the citizen's chat) have no medewerker to log.
      if (rollen.length === 0 || SKIPPED[path]) continue;
      const rol: Rol = rollen.includes('teamleider') ? 'teamleider' : rollen[0]!;
      if (!sessions.has(rol)) sessions.set(rol, await t.login([rol]));
      const response = await t.app.inject({ method: 'GET', url: url(path), headers: sessions.get(rol)!.headers });
      const requestId = String(response.headers['x-request-id']);
      const rows = await t.database.db.selectFrom('verwerkingsactie').select('id').where('request_id', '=', requestId).execute();
      checked.push(path);
      if (response.statusCode !== 200 || rows.length === 0)
        missing.push(
          `${path} as ${rol}: ${response.statusCode}, ${rows.length} log rows ${response.statusCode === 200 ? '' : response.body.slice(0, 160)}`,
        );
    }
    const skipped = Object.keys(SKIPPED);
    for (const path of skipped) expect(marked.some((o) => o.path === path)).toBe(true);
    console.info(
      `verwerkingslog: ${checked.length} GET routes with personal data checked for a log row, ${skipped.length} skipped (${skipped.join(', ')})`,
    );
    expect(missing).toEqual([]);
    // Every marked route a medewerker can call is either checked or listed above with its reason.
    expect(checked.length + skipped.length).toBe(marked.filter(({ op }) => (op['x-rollen'] as string[]).length > 0).length);
    expect(checked.length).toBeGreaterThan(30);
  }, 300_000);
});
