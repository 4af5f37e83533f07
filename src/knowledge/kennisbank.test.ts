import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../platform/system-context.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { importKennisbank, parseKennisbank, type KennisbankItem } from './kennisbank-io.ts';
import { reviewDue } from './review.ts';
import { importUpl, parseUpl } from './upl.ts';

const REPO = resolve(import.meta.dirname, '../..');
const kennisbank = JSON.parse(readFileSync(resolve(REPO, 'lindendaal/kennisbank.json'), 'utf8')) as KennisbankItem[];

const content = {
  type: 'artikel',
  title: 'Bladkorven in de herfst',
  summary: 'Van oktober tot december staan er bladkorven in de wijken.',
  body: '## Waar?\nIn bijna elke straat.\n\n<script>alert(1)</script>',
  category: 'afval',
  upl: 'afval',
  audience: ['inwoner'],
  department: 'Team Stadsbeheer',
  keywords: ['bladkorf'],
};

describe('kennisbank: workflow, versions, import and export', () => {
  let t: TestApp;
  let redacteur: Session;
  let kcc: Session;
  const post = (url: string, session: Session, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: session.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp();
    redacteur = await t.login(['redacteur']);
    kcc = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  it('lets only a redacteur publish; kcc gets 403', async () => {
    expect((await post('/api/kennisbank/artikelen', kcc, { id: 'bladkorven', ...content })).statusCode).toBe(403);
    const created = await post('/api/kennisbank/artikelen', redacteur, { id: 'bladkorven', ...content });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ version: 1, status: 'concept' });
    expect((await post('/api/kennisbank/artikelen/bladkorven/versies/1/publiceren', redacteur)).statusCode).toBe(409);
    expect((await post('/api/kennisbank/artikelen/bladkorven/versies/1/indienen', redacteur)).json().status).toBe('ter_review');
    expect((await post('/api/kennisbank/artikelen/bladkorven/versies/1/publiceren', kcc)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/kennisbank/artikelen/bladkorven' })).statusCode).toBe(404);
    expect((await post('/api/kennisbank/artikelen/bladkorven/versies/1/publiceren', redacteur)).json().status).toBe('gepubliceerd');

    const published = await t.app.inject({ method: 'GET', url: '/api/kennisbank/artikelen/bladkorven' });
    expect(published.statusCode).toBe(200);
    expect(published.json().html).toContain('<h2>Waar?</h2>');
    expect(published.json().html).not.toContain('<script');
  });

  it('keeps every version: a new concept leaves the published version online until it is published', async () => {
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/kennisbank/artikelen/bladkorven/concept',
      headers: redacteur.headers,
      payload: { ...content, title: 'Bladkorven 2026' },
    });
    expect(saved.json()).toMatchObject({ version: 2, status: 'concept' });
    expect((await t.app.inject({ method: 'GET', url: '/api/kennisbank/artikelen/bladkorven' })).json().title).toBe(
      'Bladkorven in de herfst',
    );
    await post('/api/kennisbank/artikelen/bladkorven/versies/2/indienen', redacteur);
    await post('/api/kennisbank/artikelen/bladkorven/versies/2/publiceren', redacteur);
    expect((await t.app.inject({ method: 'GET', url: '/api/kennisbank/artikelen/bladkorven' })).json()).toMatchObject({
      version: 2,
      title: 'Bladkorven 2026',
    });

    const history = await t.app.inject({ method: 'GET', url: '/api/kennisbank/artikelen/bladkorven/versies', headers: redacteur.headers });
    expect(history.json().versions.map((v: { version: number; status: string; title: string }) => [v.version, v.status, v.title])).toEqual([
      [2, 'gepubliceerd', 'Bladkorven 2026'],
      [1, 'gearchiveerd', 'Bladkorven in de herfst'],
    ]);
  });

  it('serves the CMS with ETag and Last-Modified, and 304 while nothing changed', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/api/kennisbank/artikelen' });
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['last-modified']).toBeTruthy();
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/kennisbank/artikelen',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    await post('/api/kennisbank/artikelen/bladkorven/versies/2/archiveren', redacteur);
    const changed = await t.app.inject({
      method: 'GET',
      url: '/api/kennisbank/artikelen',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().results.map((a: { id: string }) => a.id)).not.toContain('bladkorven');
  });

  it('checks UPL product names against the imported list once it is filled', async () => {
    const products = parseUpl(readFileSync(resolve(REPO, 'standards/upl-actueel-2023.csv'), 'utf8'));
    expect(await importUpl(t.database.db, products)).toBeGreaterThan(1000);
    const wrong = await post('/api/kennisbank/artikelen', redacteur, { id: 'onbekend-product', ...content, upl: 'vliegende schotel' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('LOKET_UPL_ONBEKEND');
    expect((await post('/api/kennisbank/artikelen', redacteur, { id: 'paspoort-concept', ...content, upl: 'paspoort' })).statusCode).toBe(
      201,
    );
  });

  it('imports the Lindendaal kennisbank idempotently and exports it in the same format', async () => {
    const ctx = systemContext('test');
    expect(await importKennisbank(t.database.db, ctx, parseKennisbank(kennisbank))).toEqual({ created: 76, updated: 0, unchanged: 0 });
    expect(await importKennisbank(t.database.db, ctx, parseKennisbank(kennisbank))).toEqual({ created: 0, updated: 0, unchanged: 76 });

    const exported = await t.app.inject({ method: 'GET', url: '/api/kennisbank/export', headers: { cookie: kcc.cookie } });
    const byId = (items: KennisbankItem[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(exported.json())).toEqual(byId(kennisbank));
    const publicExport = await t.app.inject({ method: 'GET', url: '/api/kennisbank/export' });
    expect(publicExport.json()).toHaveLength(70);

    const changed = kennisbank.map((item) =>
      item.id === 'paspoort-aanvragen' ? { ...item, summary: `${item.summary} Gewijzigd.` } : item,
    );
    expect(await importKennisbank(t.database.db, ctx, parseKennisbank(changed))).toEqual({ created: 0, updated: 1, unchanged: 75 });
    const history = await t.app.inject({
      method: 'GET',
      url: '/api/kennisbank/artikelen/paspoort-aanvragen/versies',
      headers: redacteur.headers,
    });
    expect(history.json().versions.map((v: { status: string }) => v.status)).toEqual(['gepubliceerd', 'gearchiveerd']);
  });

  it('rejects an import with a bad item, naming it', () => {
    expect(() => parseKennisbank([{ ...kennisbank[0], summary: 'x'.repeat(301) }])).toThrow(/invalid/i);
  });

  it('hides werkinstructies from the public and shows them to medewerkers', async () => {
    const url = '/api/kennisbank/artikelen/wi-bladkorven-uitleg-keuzes-2026';
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url, headers: { cookie: kcc.cookie } })).statusCode).toBe(200);
  });

  it('finds Lindendaal articles for split compounds', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/kennisbank/search?q=grof%20vuil%20ophalen' });
    expect(response.json().results[0].id).toBe('grofvuil-laten-ophalen');
  });

  it('lists articles due for review per owning department', async () => {
    const due = await reviewDue(t.database.db, { withinDays: 0, on: '2027-02-01' });
    const burgerzaken = due.find((d) => d.department === 'Team Burgerzaken');
    expect(burgerzaken?.articles.some((a) => a.id === 'paspoort-aanvragen' && a.overdue)).toBe(true);
    expect(due.every((d) => d.articles.every((a) => a.reviewDate <= '2027-02-01'))).toBe(true);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/kennisbank/review?binnenDagen=30&afdeling=Team%20Burgerzaken',
      headers: redacteur.headers,
    });
    expect(response.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/kennisbank/review', headers: kcc.headers })).statusCode).toBe(403);
  });

  it('serves the embeddable FAQ widget as plain JavaScript', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/widget/faq.js' });
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.body).toContain('aria-live');
    expect(() => new Function(response.body)).not.toThrow();
  });
});
