import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import type { ArticleList } from './editor.schemas.ts';

const content = (title: string, extra: object = {}) => ({
  type: 'artikel',
  title,
  summary: 'Een kort antwoord.',
  body: '## Kop\n\nTekst met **nadruk**.',
  category: 'afval',
  upl: null,
  audience: ['inwoner'],
  department: 'Team Stadsbeheer',
  keywords: ['container'],
  ...extra,
});

describe('the redactie: every article with its status, and a preview of a concept', () => {
  let t: TestApp;
  let rosa: Session;
  let ruud: Session;
  let kcc: Session;
  // Monday 23 November 2026, 09:00 in Amsterdam: review dates are read against this day, not today.
  const clock = new FixedClock('2026-11-23T08:00:00Z');
  const list = async (query = '', session = rosa) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/kennisbank/redactie/artikelen${query}`, headers: session.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ArticleList>();
  };
  const ids = (result: ArticleList) => result.results.map((r) => r.id);
  const post = (url: string, session: Session, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: session.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp({}, { overrides: { clock } });
    rosa = await t.login(['redacteur']);
    ruud = await t.login(['redacteur']);
    kcc = await t.login(['kcc']);
    await post('/api/kennisbank/artikelen', rosa, {
      id: 'gft-container',
      ...content('GFT-container aanvragen', { reviewDate: '2026-11-23' }),
    });
    await post('/api/kennisbank/artikelen/gft-container/versies/1/indienen', rosa);
    await post('/api/kennisbank/artikelen/gft-container/versies/1/publiceren', rosa);
    await t.app.inject({
      method: 'PUT',
      url: '/api/kennisbank/artikelen/gft-container/concept',
      headers: rosa.headers,
      payload: content('GFT-container aanvragen of wisselen', { reviewDate: '2026-11-24' }),
    });
    // Ruud's concept was never published: the public list does not know it, the redactie does.
    await post('/api/kennisbank/artikelen', ruud, {
      id: 'kerstbomen',
      ...content('Kerstbomen inzamelen', {
        category: 'seizoen',
        department: 'Team Afval',
        keywords: ['kerstboom', '100%'],
        reviewDate: '2026-11-23',
      }),
    });
    await post('/api/kennisbank/artikelen', rosa, { id: 'oud-papier', ...content('Oud papier', { reviewDate: '2026-11-24' }) });
    await post('/api/kennisbank/artikelen/oud-papier/versies/1/indienen', rosa);
  });
  afterAll(() => t.close());

  it('lists every article with the status of its newest version, newest change first', async () => {
    const all = await list();
    expect(all.total).toBe(3);
    expect(ids(all)).toEqual(['oud-papier', 'kerstbomen', 'gft-container']);
    expect(all.results.find((r) => r.id === 'gft-container')).toMatchObject({
      version: 2,
      status: 'concept',
      publishedVersion: 1,
      title: 'GFT-container aanvragen of wisselen',
      department: 'Team Stadsbeheer',
      reviewDate: '2026-11-24',
      reviewOverdue: true,
    });
    expect(all.results.find((r) => r.id === 'kerstbomen')).toMatchObject({
      version: 1,
      status: 'concept',
      publishedVersion: null,
      reviewOverdue: false,
      author: expect.stringContaining('Test'),
    });
    const cms = await t.app.inject({ method: 'GET', url: '/api/kennisbank/artikelen' });
    expect(cms.json().results.map((a: { id: string }) => a.id)).toEqual(['gft-container']);
  });

  it('filters by status, words and review date, and pages', async () => {
    expect(ids(await list('?status=concept'))).toEqual(['kerstbomen', 'gft-container']);
    expect(ids(await list('?status=ter_review'))).toEqual(['oud-papier']);
    expect(ids(await list('?q=kerstboom'))).toEqual(['kerstbomen']);
    expect(ids(await list('?q=TEAM%20AFVAL'))).toEqual(['oud-papier', 'kerstbomen', 'gft-container']);
    expect(ids(await list('?q=KERSTBOOM%20afval'))).toEqual(['kerstbomen']);
    expect(ids(await list('?q=seizoen'))).toEqual(['kerstbomen']);
    expect(ids(await list('?q=papier'))).toEqual(['oud-papier']);
    expect(ids(await list('?q=gft%20wisselen'))).toEqual(['gft-container']);
    // LIKE wildcards are searched for, not obeyed.
    expect(ids(await list('?q=100%25'))).toEqual(['kerstbomen']);
    expect(ids(await list('?q=_'))).toEqual([]);
    expect(ids(await list('?reviewDue=true'))).toEqual(['gft-container']);
    // Due from midnight in Amsterdam, while the UTC date is still the day before.
    clock.set('2026-11-22T22:59:00Z');
    expect(ids(await list('?reviewDue=true'))).toEqual([]);
    clock.set('2026-11-22T23:00:00Z');
    expect(ids(await list('?reviewDue=true'))).toEqual(['gft-container']);
    clock.set('2026-11-23T08:00:00Z');
    const page = await list('?limit=1&offset=1');
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(ids(page)).toEqual(['kerstbomen']);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/kennisbank/redactie/artikelen?status=weg', headers: rosa.headers })).statusCode,
    ).toBe(400);
  });

  it('is for redacteuren only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/kennisbank/redactie/artikelen', headers: kcc.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/kennisbank/redactie/artikelen' })).statusCode).toBe(401);
    expect((await post('/api/kennisbank/voorbeeld', kcc, { body: 'x' })).statusCode).toBe(403);
  });

  it('previews a concept with the same sanitised HTML as a published article', async () => {
    const body = '## Kop\n\nTekst met **nadruk**.\n\n<script>alert(1)</script>\n\n[klik](javascript:alert(2))';
    const preview = await post('/api/kennisbank/voorbeeld', rosa, { body });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().html).toContain('<h2>Kop</h2>');
    expect(preview.json().html).toContain('<strong>nadruk</strong>');
    expect(preview.json().html).not.toMatch(/script|javascript:/);
    const published = await t.app.inject({ method: 'GET', url: '/api/kennisbank/artikelen/gft-container' });
    expect((await post('/api/kennisbank/voorbeeld', rosa, { body: published.json().body })).json().html).toBe(published.json().html);
    expect((await post('/api/kennisbank/voorbeeld', rosa, { body: '' })).statusCode).toBe(400);
  });
});
