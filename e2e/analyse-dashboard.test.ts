import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStraten, importWijken } from '../src/analytics/gebieden/gebieden.service.ts';
import { importKlantcontacten } from '../src/analytics/import/import-klantcontacten.ts';
import { importKennisbank, parseKennisbank } from '../src/knowledge/kennisbank-io.ts';
import { LINDENDAAL_DIR } from '../src/knowledge/matching/lindendaal-data.ts';
import { systemContext } from '../src/platform/system-context.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

const read = (file: string) => readFileSync(join(LINDENDAAL_DIR, file), 'utf8');

describe.skipIf(!hasChromium)('the contact analytics dashboard for team leads in a real browser', () => {
  let h: DesktopHarness;

  beforeAll(async () => {
    h = await startDesktop();
    const db = h.t.database.db;
    // The real importers, as `npx loket import kennisbank|wijken|straten|klantcontacten` runs them.
    await importKennisbank(db, systemContext('test'), parseKennisbank(JSON.parse(read('kennisbank.json'))));
    await importWijken(db, JSON.parse(read('wijken.geojson')));
    await importStraten(db, JSON.parse(read('straten.json')));
    await importKlantcontacten(db, read('contacten-dev.jsonl').split('\n').filter(Boolean));
    // Five chats started on the leaf-basket page, three about leaf baskets: a content gap.
    for (let i = 0; i < 5; i++) {
      await h.t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `gap-${i}`,
        afzender: null,
        draad: { externeId: `gap-sessie-${i}` },
        tekst: i < 3 ? 'Wanneer komt de bladkorf in mijn straat?' : 'standplaats weekmarkt aanvragen',
        verzondenOp: '2026-11-18T09:00:00Z',
        metadata: { paginaUrl: 'https://www.lindendaal.example/afval/bladkorven-herfst' },
      });
    }
    await h.t.login(['teamleider'], 'tineke');
    await h.t.login(['kcc'], 'kees');
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');
  const hotspot = (page: Page, text: string) => page.locator('.loket-an-hotspot').filter({ hasText: text });
  const fetchText = (page: Page, href: string) =>
    page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
    }, href);

  it('a team lead reads the map, its table, the hotspots and the other views, changes topic and period, and downloads CSV', async () => {
    const page = await h.logIn('tineke');
    // The dashboard looks for data up to the browser's today; the history ends in November 2026.
    await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+01:00'));
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contactanalyse' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // The last eight weeks with data (the history ends in the week of 16 November 2026).
    const van = page.getByLabel('Van', { exact: true });
    const tot = page.getByLabel('Tot en met', { exact: true });
    await expect.poll(() => van.inputValue()).toBe('2026-09-28');
    expect(await tot.inputValue()).toBe('2026-11-22');

    // The map: ten wijken, each a named button; the table holds the same figures.
    const map = page.getByRole('group', { name: /^Kaart van de wijken/ });
    const wijken = map.getByRole('button');
    await expect.poll(() => wijken.count()).toBe(10);
    await map.getByRole('button', { name: /^Lindehof \(WK0001\): \d+ contacten, [\d,]+ per 1\.000 inwoners$/ }).waitFor();
    const table = page.getByRole('table', { name: 'Contacten per wijk, per 1.000 inwoners' });
    expect(await table.getByRole('row').count()).toBe(11);
    await table.getByRole('row').filter({ hasText: 'Lindehof' }).filter({ hasText: '7.452' }).waitFor();
    expect(await page.locator('.loket-an-legend li').count()).toBe(5);

    // Injected hotspots of the period (hotspots-dev.json), with their weeks and a sparkline that says its numbers.
    const bladkorven = hotspot(page, 'Lindehof (WK0001): Bladkorven 2026');
    await bladkorven.filter({ hasText: 'week 44 (26 okt)' }).filter({ hasText: 'week 45 (2 nov)' }).waitFor();
    expect(await bladkorven.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Contacten per week over Bladkorven 2026.* in Lindehof \(WK0001\): week 33 \(10 aug\) 0, .*week 44 \(26 okt\) \d+ \(hotspot\)/,
    );
    await hotspot(page, '(WK0006): Ratten, muizen en ander ongedierte (Overlast)').waitFor();

    // The card explains itself with masked example texts and offers two actions; nothing is sent.
    expect(await bladkorven.locator('.loket-an-hotspot__voorbeelden li').count()).toBe(3);
    const acties = bladkorven.getByRole('group', { name: /^Acties bij Bladkorven 2026/ });
    await acties.getByRole('button', { name: 'Taak voor afdeling' }).click();
    await acties.getByRole('status').filter({ hasText: 'Taak gemaakt voor Team Afval & Reiniging.' }).waitFor();
    await acties.getByRole('button', { name: 'Proactief bericht opstellen' }).click();
    const concept = acties.getByRole('textbox', { name: 'Concept proactief bericht (wordt niet verstuurd)' });
    await expect.poll(() => concept.inputValue()).toMatch(/Beste bewoner van Lindehof,/);

    // Volumes, repeat contacts (none: imported contacts have no partij) and the content gap.
    await page
      .getByRole('table', { name: 'Contacten per week en kanaal' })
      .getByRole('row')
      .filter({ hasText: 'week 47 (16 nov)' })
      .waitFor();
    await page.getByRole('figure', { name: 'Aantal contacten' }).waitFor();
    await page.getByText('Geen herhaalcontacten in deze periode.').waitFor();
    const gaps = page.getByRole('table', { name: 'Inhoudsgaten op de website' });
    await gaps
      .getByRole('row')
      .filter({ hasText: 'https://www.lindendaal.example/afval/bladkorven-herfst' })
      .filter({ hasText: 'Ja' })
      .waitFor();
    expect(await violations(page)).toBe('');
    await screenshot(page, 'analyse-dashboard');
    await page.getByRole('heading', { level: 2, name: 'Hotspots' }).evaluate((e) => e.scrollIntoView());
    await screenshot(page, 'analyse-dashboard-hotspots');
    await page.getByRole('heading', { level: 2, name: 'Herhaalcontacten' }).evaluate((e) => e.scrollIntoView());
    await screenshot(page, 'analyse-dashboard-gaten');

    // Every view has its CSV, for the period shown.
    const csvLinks = page.getByRole('link', { name: /^CSV downloaden: / });
    expect(await csvLinks.count()).toBe(5);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV downloaden: Hotspots' }).click();
    expect((await download).suggestedFilename()).toBe('hotspots-reeks.csv');

    // Another topic and period: the map, the hotspots and the CSV follow; the change is announced.
    await page.getByRole('combobox', { name: 'Onderwerp' }).selectOption('overlast');
    await van.fill('2026-09-14');
    await tot.fill('2026-10-18');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await expect
      .poll(() => page.getByTestId('announcer').textContent())
      .toBe('Cijfers bijgewerkt: 14 sep 2026 tot en met 18 okt 2026, Overlast.');
    await hotspot(page, '(WK0006): Ratten, muizen en ander ongedierte').filter({ hasText: 'week 40 (28 sep)' }).waitFor();
    await expect.poll(() => hotspot(page, 'Bladkorven').count()).toBe(0);
    await page.getByRole('group', { name: 'Kaart van de wijken: contacten per 1.000 inwoners, Overlast' }).waitFor();
    const csvHref = await page.getByRole('link', { name: 'CSV downloaden: Contacten per wijk' }).getAttribute('href');
    expect(csvHref).toBe('/api/analytics/wijken?from=2026-09-14&to=2026-10-18&category=overlast&format=csv');
    const csv = await fetchText(page, csvHref!);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('wijk,naam,inwoners,aantal,per_1000_inwoners');
    expect(csv.body).toContain('WK0006,');

    // A wijk chosen with the keyboard says its figures; its row in the table is marked.
    const wk6 = page.getByRole('group', { name: /^Kaart van de wijken/ }).locator('[data-wijk="WK0006"]');
    await wk6.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => wk6.getAttribute('aria-pressed')).toBe('true');
    const wk6Name = (await wk6.getAttribute('aria-label'))!.replace(/ \(WK0006\)/, '');
    await expect.poll(() => page.locator('.loket-an-map__chosen').textContent()).toContain(wk6Name.split(':')[0]);
    await table.locator('.loket-row--selected').filter({ hasText: 'WK0006' }).waitFor();
    expect(await violations(page)).toBe('');
    await screenshot(page, 'analyse-dashboard-overlast');

    // A period the server would refuse is not sent, and the form says why.
    await van.fill('2026-11-01');
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await page.getByRole('alert').filter({ hasText: 'De begindatum ligt na de einddatum.' }).waitFor();
    expect(await van.getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page)).toBe('');

    // English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contact analytics' }).waitFor();
    await page.getByRole('link', { name: 'Download CSV: Contacts per district' }).waitFor();
  }, 90_000);

  it('a kcc medewerker gets no Analyse menu item and no dashboard', async () => {
    const page = await h.logIn('kees');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Analyse' }).count()).toBe(0);
    await page.evaluate(() => (location.hash = '#/analyse'));
    await page.getByRole('heading', { level: 1, name: 'Dit overzicht is alleen voor teamleiders.' }).waitFor();
    expect(await page.getByRole('group', { name: /^Kaart van de wijken/ }).count()).toBe(0);
    const denied = await fetchText(page, '/api/analytics/wijken?from=2026-09-28&to=2026-11-22&format=csv');
    expect(denied.status).toBe(403);
  }, 60_000);
});
