import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProviderServer, TEST_SECRET_KEY, type ProviderServer } from '../src/channels/koppelingen/provider-server.test-helpers.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

/**
 * A beheerder connects WhatsApp without Swagger: fills in the ids and secrets, tests the
 * connection against a stand-in for Meta's Graph API (it works, then the token is refused),
 * switches it off; then builds a web form with a choice field and opens its public page.
 */
describe.skipIf(!hasChromium)('beheer: channel connections and forms', { timeout: 90_000 }, () => {
  let h: DesktopHarness;
  let meta: ProviderServer;

  beforeAll(async () => {
    meta = await startProviderServer(() => ({ status: 200, body: { id: '1065', verified_name: 'Gemeente Lindendaal' } }));
    h = await startDesktop({ LOKET_SECRET_KEY: TEST_SECRET_KEY, META_GRAPH_URL: meta.url, BOT_ACTIEF: 'false' });
    await h.t.login(['beheerder'], 'bea');
    const inzending = await h.t.app.inject({
      method: 'POST',
      url: '/api/formulieren/contactformulier/inzendingen',
      payload: { naam: 'Marieke Jansen', email: 'm.jansen@example.nl', vraag: 'Wanneer komt het oud papier?' },
    });
    expect(inzending.statusCode).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await meta?.close();
  });

  const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');
  const announced = (page: Page) => page.getByTestId('announcer').textContent();
  const naarBeheer = async (page: Page, link: RegExp, kop: string) => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { level: 1, name: kop }).waitFor();
  };

  it('connects WhatsApp with write-only secrets, tests it and switches it off', async () => {
    const page = await h.logIn('bea');
    await naarBeheer(page, /^Kanaalkoppelingen/, 'Kanaalkoppelingen');
    await page.getByText('Er zijn nog geen kanalen gekoppeld.').waitFor();
    await page.getByRole('button', { name: 'Kanaal koppelen' }).click();
    const form = page.getByRole('form', { name: 'Nieuw kanaal koppelen' });
    await form.getByLabel('Naam').fill('WhatsApp Publiekszaken');
    await form.getByLabel('Telefoonnummer-id (Phone number ID)').fill('1065');
    await form.getByLabel('App-secret').fill('app-geheim');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Vul het geheim in; een nieuw kanaal kan niet zonder.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kanaal-geheim-accessToken');
    await form.getByLabel('Toegangstoken (access token)').fill('token-geheim');
    await form.getByLabel('Verificatietoken (verify token)').fill('verify-geheim');
    expect(await violations(page)).toBe('');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => announced(page)).toBe('WhatsApp Publiekszaken is opgeslagen.');

    const kaart = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /WhatsApp Publiekszaken/ }) });
    expect(await kaart.getByText(/App-secret: ingesteld, Toegangstoken \(access token\): ingesteld/).count()).toBe(1);
    expect(await kaart.getByText(`${h.url}/api/kanalen/`).count()).toBe(1);
    expect(await page.content()).not.toContain('token-geheim');

    await kaart.getByRole('button', { name: 'Verbinding testen: WhatsApp Publiekszaken' }).click();
    await expect
      .poll(() => kaart.getByRole('status').textContent())
      .toMatch(/^Verbinding gelukt \(\d+ ms\): De aanbieder kent het account \(Gemeente Lindendaal\)/);
    expect(meta.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v21.0/1065?fields=verified_name' });
    meta.queue({ status: 401, body: { error: { message: 'Invalid OAuth access token.', code: 190 } } });
    await kaart.getByRole('button', { name: 'Verbinding testen: WhatsApp Publiekszaken' }).click();
    await expect
      .poll(() => kaart.getByRole('status').textContent())
      .toMatch(/^Verbinding mislukt \(\d+ ms\): De aanbieder weigert het toegangstoken of de sleutel \(401\): Invalid OAuth access token/);

    await kaart.getByRole('button', { name: 'WhatsApp Publiekszaken bewerken' }).click();
    const edit = page.getByRole('form', { name: 'WhatsApp Publiekszaken bewerken' });
    expect(await edit.getByLabel('App-secret').inputValue()).toBe('');
    await edit.getByRole('button', { name: 'Annuleren' }).click();
    await kaart.getByRole('button', { name: 'WhatsApp Publiekszaken uitzetten' }).click();
    await expect.poll(() => announced(page)).toMatch(/^WhatsApp Publiekszaken staat uit/);
    await kaart.getByRole('button', { name: 'WhatsApp Publiekszaken aanzetten' }).waitFor();
    expect(await violations(page)).toBe('');
    await screenshot(page, 'beheer-kanalen');
  });

  it('shows the forms with their submissions and builds a new one with a choice', async () => {
    const page = await h.logIn('bea');
    await naarBeheer(page, /^Formulieren/, 'Formulieren');
    const tabel = page.getByRole('table', { name: 'Formulieren' });
    const contact = tabel.getByRole('row', { name: /Contactformulier/ });
    // The title is the row's header; the cells are address, status, submissions, actions.
    expect(await contact.getByRole('cell').nth(2).textContent()).toBe('1');

    await page.getByRole('button', { name: 'Formulier maken' }).click();
    const form = page.getByRole('form', { name: 'Nieuw formulier' });
    await form.getByLabel('Adres (id)').fill('afval-vraag');
    await form.getByLabel('Titel').fill('Vraag over afval');
    const veld1 = form.getByRole('group', { name: /^Veld 1/ });
    await veld1.getByLabel('Naam (technisch)').fill('vraag');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Vul de vraag in die de inwoner ziet.');
    await veld1.getByLabel('Vraag', { exact: true }).fill('Uw vraag');
    await veld1.getByLabel('Soort veld').selectOption('tekstvak');
    await veld1.getByLabel('Verplicht').check();
    await form.getByRole('button', { name: 'Veld toevoegen' }).click();
    const veld2 = form.getByRole('group', { name: /^Veld 2/ });
    await veld2.getByLabel('Naam (technisch)').fill('wijk');
    await veld2.getByLabel('Vraag', { exact: true }).fill('In welke wijk?');
    await veld2.getByLabel('Soort veld').selectOption('keuze');
    await veld2.getByLabel('Keuzes (één per regel)').fill('Noord\nZuid');
    expect(await violations(page)).toBe('');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => announced(page)).toBe('Vraag over afval is opgeslagen.');
    const rij = tabel.getByRole('row', { name: /Vraag over afval/ });
    expect(await rij.getByRole('link').getAttribute('href')).toBe('/formulieren/afval-vraag');

    const publiek = await page.context().newPage();
    await publiek.goto(`${h.url}/formulieren/afval-vraag`);
    await publiek.getByLabel('Uw vraag').waitFor();
    expect(await publiek.getByText('Zuid').count()).toBeGreaterThan(0);
    await publiek.close();
  });
});
