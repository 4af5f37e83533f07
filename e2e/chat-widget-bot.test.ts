import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../src/platform/clock.ts';
import { createTestApp, type TestApp } from '../src/test/test-app.ts';
import { publiceerGrofvuilArtikel } from '../src/test/kennisbank-fixtures.ts';
import { accessibilityViolations, hasChromium, launchBrowser, screenshot } from './browser.ts';

function municipalitySite(loketUrl: string): Promise<Server> {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Grofvuil — Gemeente Lindendaal</title></head>
<body><main><h1>Grofvuil</h1><p>Grofvuil laat u ophalen op afspraak.</p></main>
<script src="${loketUrl}/widget/chat.js" defer></script></body></html>`;
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasChromium)('the chat widget with the bot: feedback and call me back', () => {
  let t: TestApp;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    // Thursday 24 December 2026, 10:00 in Amsterdam: the slots on offer skip Christmas and Boxing Day.
    t = await createTestApp(
      { BOT_ACTIEF: 'true', KENNISBANK_ARTIKEL_URL: 'https://www.lindendaal.example/onderwerpen/{id}' },
      { overrides: { clock: new FixedClock('2026-12-24T09:00:00Z') } },
    );
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const loketUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    site = await municipalitySite(loketUrl);
    siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/afval/grofvuil`;
    await publiceerGrofvuilArtikel(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    site?.close();
    await t?.close();
  });

  it('a citizen marks a bot answer as not helpful, asks to be called back, and is told when nobody takes over', async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.getByRole('button', { name: 'Chat met de gemeente' }).click();
    const input = page.getByLabel('Uw bericht');
    await input.fill('Hoe laat ik grofvuil ophalen, een oude matras?');
    await input.press('Enter');

    const feedback = page.getByRole('group', { name: 'Was dit antwoord nuttig?' });
    await expect.poll(() => feedback.count(), { timeout: 15_000 }).toBe(1);
    // Why the bot answered: the article, linked to the website, and how sure it was in words.
    const bron = page.getByText('Dit antwoord komt uit het artikel');
    expect(await bron.textContent()).toMatch(/Grofvuil laten ophalen\. De chatbot is hier (zeer|vrij) zeker van/);
    expect(await bron.getByRole('link', { name: 'Grofvuil laten ophalen' }).getAttribute('href')).toBe(
      'https://www.lindendaal.example/onderwerpen/grofvuil',
    );
    await feedback.getByRole('button', { name: 'Nee, niet nuttig' }).press('Enter'); // keyboard works
    await expect.poll(() => feedback.getByRole('status').textContent()).toContain('We gebruiken uw reactie');
    const rows = await t.database.db
      .selectFrom('bot_feedback')
      .select(['nuttig', 'artikel_id'])
      .where('bericht_id', 'is not', null)
      .execute();
    expect(rows).toEqual([{ nuttig: false, artikel_id: 'grofvuil' }]);

    await page.getByRole('button', { name: 'Bel mij terug' }).click();
    const slot = page.getByRole('combobox', { name: 'Wanneer mogen we bellen?' });
    await expect.poll(() => slot.count()).toBe(1);
    const options = await slot.locator('option').allTextContents();
    expect(options[0]).toBe('donderdag 24 december, 10:30–11:00');
    expect(options.some((o) => /25 december|26 december/.test(o))).toBe(false);
    await page.getByRole('textbox', { name: 'Uw naam' }).fill('Jan Bakker');
    await page.getByRole('textbox', { name: 'Telefoonnummer' }).fill('12');
    await page.getByRole('textbox', { name: 'Waar gaat uw vraag over?' }).fill('Ophalen van een matras');
    await page.getByRole('button', { name: 'Vraag terugbelverzoek aan' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('geldig telefoonnummer');
    await page.getByRole('textbox', { name: 'Telefoonnummer' }).fill('06 12345678');
    await slot.selectOption({ index: 1 });
    await screenshot(page, 'chat-widget-terugbellen');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vraag terugbelverzoek aan' }).click();
    await expect.poll(() => page.getByText('Uw terugbelverzoek is ontvangen').count()).toBe(1);
    expect(await page.getByText('Uw terugbelverzoek is ontvangen').textContent()).toContain('donderdag 24 december, 11:00–11:30');

    const taken = await t.database.db
      .selectFrom('interne_taak')
      .select(['gevraagde_handeling', 'toelichting'])
      .where('gevraagde_handeling', '=', 'Terugbellen')
      .execute();
    expect(taken).toHaveLength(1);
    expect(taken[0]!.toelichting).toContain('+31612345678');

    // Asking for a person while no agent is present: told so, with the offline choices.
    await input.fill('medewerker');
    await input.press('Enter');
    await expect
      .poll(() => page.getByText('De chatbot heeft u doorverbonden, maar er is nu geen medewerker beschikbaar').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(await page.getByRole('button', { name: 'Bericht achterlaten' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Bel mij terug' }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'doorverbonden' }).textContent()).toContain(
      'We zijn weer bereikbaar vanaf donderdag 24 december',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('after a reload asks again under an answer not yet rated and never under a rated one; the question is in the buttons only', async () => {
    const context = await browser.newContext({ timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.getByRole('button', { name: 'Chat met de gemeente' }).click();
    const input = page.getByLabel('Uw bericht');
    await input.fill('Hoe laat ik grofvuil ophalen, een oude matras?');
    await input.press('Enter');
    const feedback = page.getByRole('group', { name: 'Was dit antwoord nuttig?' });
    await expect.poll(() => feedback.count(), { timeout: 15_000 }).toBe(1);
    // Asked once, by the buttons; the answer's own text does not ask it as well.
    expect(await page.getByText('Was dit antwoord nuttig?').count()).toBe(1);

    const reopen = async () => {
      // The widget reopens a chat of this browser session by itself.
      await page.reload();
      await page.getByText(/Typ 'medewerker' als u liever iemand spreekt/).waitFor();
    };
    await reopen();
    await expect.poll(() => feedback.count()).toBe(1);
    await feedback.getByRole('button', { name: 'Ja, nuttig' }).click();
    await expect.poll(() => feedback.getByRole('status').textContent()).toBe('Dank u wel voor uw reactie.');
    await reopen();
    expect(await feedback.count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
