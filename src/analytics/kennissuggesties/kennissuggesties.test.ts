import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleContent } from '../../knowledge/articles.schemas.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';

const article = (title: string, body: string, type: ArticleContent['type'] = 'artikel'): ArticleContent => ({
  type,
  title,
  summary: body.slice(0, 120),
  body,
  category: 'afval',
  upl: null,
  audience: ['inwoner'],
  department: 'Team Afval',
  keywords: [],
});

const ARTIKELEN: Record<string, ArticleContent> = {
  'container-niet-geleegd': article(
    'Container niet geleegd',
    'Is uw container niet geleegd op de ophaaldag? Meld het dan binnen twee dagen; wij legen de container alsnog.',
  ),
  'parkeervergunning-aanvragen': article(
    'Parkeervergunning aanvragen',
    'Een parkeervergunning voor bewoners vraagt u online aan. De parkeervergunning geldt voor één kenteken.',
  ),
  'wi-agressie': article(
    'Agressieve beller',
    'Werkinstructie: blijft een beller schelden, zeg dat u het gesprek beëindigt en meld het bij uw teamleider. Een medewerker hoeft dat niet te accepteren.',
    'werkinstructie',
  ),
};

describe('knowledge suggestions follow the whole conversation', () => {
  let t: TestApp;
  let agent: Session;
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'false' });
    agent = await t.login(['kcc']);
    const redacteur = await t.login(['redacteur']);
    for (const [id, content] of Object.entries(ARTIKELEN)) {
      expect(
        (await t.app.inject({ method: 'POST', url: '/api/kennisbank/artikelen', headers: redacteur.headers, payload: { id, ...content } }))
          .statusCode,
      ).toBe(201);
      for (const step of ['indienen', 'publiceren'])
        await t.app.inject({ method: 'POST', url: `/api/kennisbank/artikelen/${id}/versies/1/${step}`, headers: redacteur.headers });
    }
  });
  afterAll(() => t.close());

  const say = async (sessie: string, tekst: string) =>
    (
      await t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `suggestie-${++counter}`,
        afzender: null,
        draad: { externeId: sessie },
        tekst,
        verzondenOp: new Date(Date.UTC(2026, 2, 10, 9, 0, counter)).toISOString(),
      })
    ).processed!.gesprekId;
  const suggesties = async (gesprekId: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/kennissuggesties`, headers: agent.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ results: { id: string }[] }>().results.map((r) => r.id);
  };

  it('changes the first suggestion when the citizen moves from one topic to another', async () => {
    const id = await say('s1', 'Mijn container is gisteren niet geleegd.');
    expect((await suggesties(id))[0]).toBe('container-niet-geleegd');
    await say('s1', 'En ik wil ook een parkeervergunning aanvragen voor mijn nieuwe auto.');
    const now = await suggesties(id);
    expect(now[0]).toBe('parkeervergunning-aanvragen');
    // The earlier topic stays in view, below the new one.
    expect(now).toContain('container-niet-geleegd');
  });

  it('keeps the topic when the citizen then only asks for a person, instead of matching the request itself', async () => {
    const id = await say('s2', 'De container in onze straat is niet geleegd.');
    await say('s2', 'Ik wil graag een medewerker spreken.');
    const results = await suggesties(id);
    expect(results[0]).toBe('container-niet-geleegd');
    expect(results).not.toContain('wi-agressie');
  });

  it('counts the classifier’s detected topic, so a topic in words no article uses moves the suggestions too', async () => {
    // Agents wrapped up "kliko vergeten" contacts as the container article; the classifier learns from that, the search cannot.
    for (const inhoud of ['De kliko is vergeten', 'Kliko vergeten door de vuilniswagen', 'Onze kliko is weer vergeten']) {
      const contact = await t.app.inject({
        method: 'POST',
        url: '/api/klantcontacten',
        headers: agent.headers,
        payload: { kanaal: 'telefoon', onderwerp: 'Afval', inhoud },
      });
      expect(contact.statusCode, contact.body).toBe(201);
      await t.database.db.updateTable('klantcontact').set({ hoofd_onderwerp_type: 'afval' }).where('id', '=', contact.json().id).execute();
      await t.database.db
        .insertInto('onderwerpobject')
        .values({
          klantcontact_id: contact.json().id,
          code_objecttype: 'kennisartikel',
          code_register: 'loket-kennisbank',
          code_soort_object_id: 'id',
          object_id: 'container-niet-geleegd',
        })
        .execute();
    }
    const lead = await t.login(['teamleider']);
    expect((await t.app.inject({ method: 'POST', url: '/api/analytics/retrain', headers: lead.headers })).json().examples).toBe(3);

    const id = await say('s3', 'Ik wil een parkeervergunning aanvragen voor mijn nieuwe auto.');
    expect((await suggesties(id))[0]).toBe('parkeervergunning-aanvragen');
    await say('s3', 'O ja, en de kliko is vanochtend weer vergeten.');
    expect((await suggesties(id))[0]).toBe('container-niet-geleegd');
  });

  it('answers 404 with a code for an unknown gesprek and 400 naming the field for a bad id', async () => {
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/gesprekken/00000000-0000-4000-8000-000000000000/kennissuggesties',
      headers: agent.headers,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('LOKET_GESPREK_NOT_FOUND');
    expect((await t.app.inject({ method: 'GET', url: '/api/gesprekken/abc/kennissuggesties', headers: agent.headers })).statusCode).toBe(
      400,
    );
  });
});
