import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import type { ArticleContent } from '../articles.schemas.ts';

const article = (title: string, body: string, type: ArticleContent['type'] = 'artikel'): ArticleContent => ({
  type,
  title,
  summary: body.slice(0, 120),
  body,
  category: 'burgerzaken',
  upl: null,
  audience: ['inwoner'],
  department: 'Team Burgerzaken',
  keywords: [],
});

const FIXTURES: Record<string, ArticleContent> = {
  'identiteitskaart-aanvragen': article('Identiteitskaart aanvragen', 'U vraagt een identiteitskaart aan op afspraak in het stadhuis.'),
  'paspoort-aanvragen': article('Paspoort aanvragen', 'Een paspoort vraagt u aan bij de balie. Neem een pasfoto mee.'),
  'grof-vuil-ophalen': article('Grof vuil laten ophalen', 'Grof vuil zoals banken en kasten halen we op afspraak bij u op.'),
  afvalkalender: article('Afvalkalender', 'Op de afvalkalender staan de ophaaldagen van uw straat.'),
  'wi-spoedaanvraag': article(
    'Spoedaanvraag reisdocument beoordelen',
    'Werkinstructie: beoordeel of een spoedaanvraag nodig is.',
    'werkinstructie',
  ),
};

describe('kennisbank search', () => {
  let t: TestApp;
  let redacteur: Session;
  let kcc: Session;

  const search = async (q: string, headers: Record<string, string> = {}) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/kennisbank/search?q=${encodeURIComponent(q)}`, headers });
    expect(response.statusCode).toBe(200);
    return (response.json().results as { id: string; score: number }[]).map((r) => r.id);
  };

  beforeAll(async () => {
    t = await createTestApp();
    redacteur = await t.login(['redacteur']);
    kcc = await t.login(['kcc']);
    for (const [id, content] of Object.entries(FIXTURES)) {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/kennisbank/artikelen',
        headers: redacteur.headers,
        payload: { id, ...content },
      });
      expect(created.statusCode).toBe(201);
      for (const step of ['indienen', 'publiceren']) {
        await t.app.inject({ method: 'POST', url: `/api/kennisbank/artikelen/${id}/versies/1/${step}`, headers: redacteur.headers });
      }
    }
    // A concept that was never published must not be found.
    await t.app.inject({
      method: 'POST',
      url: '/api/kennisbank/artikelen',
      headers: redacteur.headers,
      payload: { id: 'rijbewijs-concept', ...article('Rijbewijs verlengen', 'Concepttekst over het rijbewijs.') },
    });
  });
  afterAll(() => t.close());

  it('finds inflected forms through dutch stemming', async () => {
    expect((await search('paspoorten aanvragen'))[0]).toBe('paspoort-aanvragen');
    // Stop words ("hoe", "ik") and unknown words pick no candidates; they must not crowd out the rest.
    expect((await search('hoe kan ik mijn paspoort aanvragen in Zwolle'))[0]).toBe('paspoort-aanvragen');
  });

  it('tolerates typos through trigram similarity', async () => {
    expect((await search('paspoprt'))[0]).toBe('paspoort-aanvragen');
    expect((await search('afvalkalnder'))[0]).toBe('afvalkalender');
  });

  it('reads compounds both ways: grofvuil ↔ grof vuil, afval kalender ↔ afvalkalender', async () => {
    expect((await search('grofvuil'))[0]).toBe('grof-vuil-ophalen');
    expect((await search('afval kalender'))[0]).toBe('afvalkalender');
  });

  it('uses synonyms that a redacteur maintains (ID-kaart → identiteitskaart)', async () => {
    expect(await search('ID-kaart')).not.toContain('identiteitskaart-aanvragen');
    const forbidden = await t.app.inject({
      method: 'POST',
      url: '/api/kennisbank/synoniemen',
      headers: kcc.headers,
      payload: { terms: ['identiteitskaart', 'ID-kaart'] },
    });
    expect(forbidden.statusCode).toBe(403);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/kennisbank/synoniemen',
      headers: redacteur.headers,
      payload: { terms: ['identiteitskaart', 'ID-kaart'] },
    });
    expect(created.statusCode).toBe(201);
    expect((await search('ID-kaart'))[0]).toBe('identiteitskaart-aanvragen');
    expect((await search('id kaart verlopen'))[0]).toBe('identiteitskaart-aanvragen');

    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/kennisbank/synoniemen/${created.json().id}`,
      headers: redacteur.headers,
    });
    expect(deleted.statusCode).toBe(204);
    expect(await search('ID-kaart')).not.toContain('identiteitskaart-aanvragen');
  });

  it('shows werkinstructies to logged-in medewerkers only, and never concepts', async () => {
    expect(await search('spoedaanvraag')).toEqual([]);
    expect(await search('spoedaanvraag', { cookie: kcc.cookie })).toEqual(['wi-spoedaanvraag']);
    expect(await search('rijbewijs', { cookie: kcc.cookie })).toEqual([]);
  });

  it('answers an empty list for stop words only, and validates the limit', async () => {
    expect(await search('hoe kan ik')).toEqual([]);
    const tooMany = await t.app.inject({ method: 'GET', url: '/api/kennisbank/search?q=paspoort&limit=500' });
    expect(tooMany.statusCode).toBe(400);
    const one = await t.app.inject({ method: 'GET', url: '/api/kennisbank/search?q=aanvragen&limit=1' });
    expect(one.json().results).toHaveLength(1);
    expect(one.headers['access-control-allow-origin']).toBe('*');
  });
});
