import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

describe.skipIf(!hasChromium)('the kennisbank editor for redacteuren in a real browser', () => {
  let h: DesktopHarness;
  let t: TestApp;
  let ruud: Session;

  beforeAll(async () => {
    h = await startDesktop();
    t = h.t;
    await t.login(['redacteur'], 'rosa');
    await t.login(['kcc'], 'kees');
    ruud = await t.login(['redacteur'], 'ruud');
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');
  const logIn = (name: string) => h.logIn(name);
  const focusedHeading = (page: Page) =>
    page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));

  it('a redacteur writes an article, submits and publishes it, and the public search finds it', async () => {
    const page = await logIn('rosa');
    const main = page.getByRole('navigation', { name: 'Hoofdmenu' });
    // A redacteur starts on the kennisbank (app/start-page.ts).
    expect(await main.getByRole('link', { name: 'Kennisbank' }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('heading', { level: 1, name: 'Kennisartikelen' }).waitFor();
    await expect.poll(() => focusedHeading(page)).toBe('Kennisartikelen');
    await page.getByText('0 artikelen').waitFor();
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kennisbank-lijst-leeg');

    // An empty form is refused in one error summary that takes focus and links to each field.
    await page.getByRole('link', { name: 'Nieuw artikel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw kennisartikel' }).waitFor();
    await expect.poll(() => focusedHeading(page)).toBe('Nieuw kennisartikel');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('heading', { name: 'Er zijn 6 fouten in het formulier' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('loket-kb-error-summary');
    expect(await page.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kennisbank-editor-fouten');
    await page.getByRole('link', { name: 'Vul titel in.' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kb-title');

    // The form, with the id proposed from the title and a counter for the summary.
    await page.getByLabel('Titel').fill('Hondenbelasting kwijtschelding aanvragen');
    expect(await page.getByLabel('Id (in de adresregel)').inputValue()).toBe('hondenbelasting-kwijtschelding-aanvragen');
    await page.getByLabel('Samenvatting').fill('U vraagt kwijtschelding van de hondenbelasting aan via het formulier op de website.');
    await page.getByText('Nog 217 tekens over').waitFor();
    await expect.poll(() => page.getByTestId('kb-summary-live').textContent()).toBe('Nog 217 tekens over');
    await page
      .getByLabel('Tekst (Markdown)')
      .fill('## Voorwaarden\n\nU heeft een **laag inkomen**.\n\n- Vul het formulier in\n- Stuur bewijsstukken mee');
    await page.getByLabel('Werkinstructie').check();
    await page.getByLabel('Artikel', { exact: true }).check();
    await page.getByLabel('Ondernemers').check();
    await page.getByLabel('Categorie').fill('Belastingen');
    await page.getByLabel('Afdeling (eigenaar)').fill('Belastingen en invordering');
    await page.getByLabel('Trefwoorden').fill('hond, kwijtschelding, belasting');
    // A year from now (the server's clock is the real one here), so it is not due on any day the suite runs.
    await page.getByLabel('Reviewdatum').fill(new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10));
    // The preview is the server's rendering of the concept, as the website will show it, and the summary as the chat answer.
    await page.getByTestId('kb-voorbeeld').locator('h2', { hasText: 'Voorwaarden' }).waitFor();
    expect(await page.getByTestId('kb-voorbeeld').locator('strong').textContent()).toBe('laag inkomen');
    expect(await page.getByTestId('kb-voorbeeld').locator('li').count()).toBe(2);
    expect(await page.getByTestId('kb-voorbeeld-chat').textContent()).toBe(
      'U vraagt kwijtschelding van de hondenbelasting aan via het formulier op de website.',
    );
    expect(await violations(page)).toBe('');
    await page.getByRole('heading', { level: 2, name: 'Voorbeeld' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'kennisbank-editor-voorbeeld');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect.poll(() => page.getByTestId('announcer').textContent()).toBe('Opgeslagen als concept, versie 1.');
    await page.getByRole('heading', { level: 1, name: 'Artikel bewerken: Hondenbelasting kwijtschelding aanvragen' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/kennisbank/artikel/hondenbelasting-kwijtschelding-aanvragen');
    expect(await page.getByTestId('kb-status').textContent()).toBe('Concept');
    expect(await page.getByRole('button', { name: 'Publiceren' }).count()).toBe(0);
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kennisbank-editor-concept');

    // Submit; while in review the server refuses a new concept with a 409, shown as such.
    await page.getByRole('button', { name: 'Indienen voor review' }).click();
    await expect.poll(() => page.getByTestId('kb-status').textContent()).toBe('Ter review');
    await page.getByLabel('Samenvatting').fill('Een andere samenvatting.');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: '409' }).first().textContent())
      .toContain('Kan nu niet (409): Er ligt een versie ter review');
    await screenshot(page, 'kennisbank-editor-409');

    // Publish: the preview now shows the server's sanitised HTML, the history both steps.
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await expect.poll(() => page.getByTestId('kb-status').textContent()).toBe('Gepubliceerd');
    await expect.poll(() => page.getByTestId('announcer').textContent()).toBe('Gepubliceerd.');
    await page.locator('.loket-kb-preview h2', { hasText: 'Voorwaarden' }).waitFor();
    expect(await page.locator('.loket-kb-preview strong').textContent()).toBe('laag inkomen');
    expect(await page.getByRole('button', { name: 'Archiveren' }).count()).toBe(1);
    const history = page.getByRole('table', { name: 'Versiegeschiedenis' });
    expect(await history.getByRole('row').count()).toBe(2);
    expect(await history.textContent()).toContain('rosa');
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kennisbank-editor-gepubliceerd');

    // The public search (no login) finds it.
    const search = (await (
      await fetch(`${h.url}/api/kennisbank/search?q=${encodeURIComponent('kwijtschelding hondenbelasting')}`)
    ).json()) as { results: { id: string }[] };
    expect(search.results.map((r) => r.id)).toContain('hondenbelasting-kwijtschelding-aanvragen');

    // Another redacteur's concept, never published and never opened in this browser.
    const concept = await t.app.inject({
      method: 'POST',
      url: '/api/kennisbank/artikelen',
      headers: ruud.headers,
      payload: {
        id: 'bezoekersvergunning-parkeren',
        type: 'artikel',
        title: 'Bezoekersvergunning parkeren',
        summary: 'Bezoek parkeert met een bezoekersvergunning.',
        body: '## Kosten\n\nEen uur kost **€ 0,50**.',
        category: 'Parkeren',
        upl: null,
        audience: ['inwoner'],
        department: 'Team Parkeren',
        keywords: ['parkeren'],
      },
    });
    expect(concept.statusCode, concept.body).toBe(201);

    // The list shows every article with the status of its newest version, and filters by status and words.
    const count = () => page.locator('.loket-count').textContent();
    const titles = () => page.getByRole('table', { name: 'Kennisartikelen' }).getByRole('link').allTextContents();
    await page.getByRole('link', { name: '← Terug naar de artikelen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisartikelen' }).waitFor();
    await expect.poll(titles).toEqual(['Bezoekersvergunning parkeren', 'Hondenbelasting kwijtschelding aanvragen']);
    expect(await count()).toBe('2 artikelen');
    await page.getByLabel('Status', { exact: true }).selectOption('concept');
    await expect.poll(titles).toEqual(['Bezoekersvergunning parkeren']);
    expect(await count()).toBe('1 artikel');
    await page.getByLabel('Status', { exact: true }).selectOption('gepubliceerd');
    await page.getByLabel('Zoeken').fill('kwijtschelding');
    await expect.poll(titles).toEqual(['Hondenbelasting kwijtschelding aanvragen']);
    await page.getByLabel('Alleen artikelen waarvan de reviewdatum bereikt is').check();
    await expect.poll(count).toBe('0 artikelen');
    await page.getByLabel('Alleen artikelen waarvan de reviewdatum bereikt is').uncheck();
    await expect.poll(titles).toEqual(['Hondenbelasting kwijtschelding aanvragen']);
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kennisbank-lijst');

    // Ruud's concept opens with its own preview.
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel('Zoeken').fill('');
    await page.getByRole('link', { name: 'Bezoekersvergunning parkeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Artikel bewerken: Bezoekersvergunning parkeren' }).waitFor();
    expect(await page.getByTestId('kb-status').textContent()).toBe('Concept');
    await page.getByTestId('kb-voorbeeld').locator('strong', { hasText: '€ 0,50' }).waitFor();
    await page.getByRole('link', { name: '← Terug naar de artikelen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennisartikelen' }).waitFor();

    // Bot coachen: a question the bot could not answer, and retraining.
    for (const text of ['Mag mijn kat op de trampoline van de buren?', 'Mag mijn kat op de trampoline van de buren?']) {
      const asked = await t.app.inject({ method: 'POST', url: '/api/bot/ask', payload: { text } });
      expect(asked.statusCode, asked.body).toBe(200);
    }
    await page.getByRole('navigation', { name: 'Kennisbank' }).getByRole('link', { name: 'Bot coachen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bot coachen' }).waitFor();
    await expect.poll(() => focusedHeading(page)).toBe('Bot coachen');
    await page.getByRole('heading', { level: 2, name: /trampoline/ }).waitFor();
    await page.getByRole('button', { name: 'Opnieuw trainen' }).click();
    await page
      .locator('#inhoud')
      .getByText(/De bot is opnieuw getraind met \d+ artikelen/)
      .waitFor();
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kennisbank-coaching');
    await page.getByRole('link', { name: 'Artikel „Hondenbelasting kwijtschelding aanvragen” openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Artikel bewerken: Hondenbelasting kwijtschelding aanvragen' }).waitFor();

    // Kennishiaten: where agents fall silent, the list redacteuren write from (none analysed yet).
    await page.getByRole('navigation', { name: 'Kennisbank' }).getByRole('link', { name: 'Kennishiaten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kennishiaten' }).waitFor();
    await page.locator('#inhoud').getByText('Geen stiltes in deze periode.').waitFor();
    expect(await violations(page)).toBe('');
  }, 90_000);

  it('a kcc medewerker gets no editor link and no editor', async () => {
    const page = await logIn('kees');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' }).count()).toBe(0);
    await page.evaluate(() => (location.hash = '#/kennisbank/nieuw'));
    await page.getByRole('heading', { level: 1, name: 'Alleen redacteuren kunnen de kennisbank bewerken.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Opslaan als concept' }).count()).toBe(0);
  }, 60_000);
});
