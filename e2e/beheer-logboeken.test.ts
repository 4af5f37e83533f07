import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persoon } from '../src/test/fixtures.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

/**
 * A beheerder answers an access request from the processing log (who read Marieke's data and
 * why, and the export), and looks at what failed on the way in: retries a message that failed
 * and sees a failed login attempt.
 */
describe.skipIf(!hasChromium)('beheer: processing log and what was not processed', { timeout: 90_000 }, () => {
  let h: DesktopHarness;
  let partijId: string;

  beforeAll(async () => {
    h = await startDesktop({ BOT_ACTIEF: 'false' });
    await h.t.login(['beheerder'], 'bea');
    const kcc = await h.t.login(['kcc'], 'karin');
    partijId = (
      await h.t.app.inject({ method: 'POST', url: '/api/partijen', headers: kcc.headers, payload: persoon({ identificatoren: [] }) })
    ).json().id;
    for (const doel of ['Vraag over de bladkorf', 'Melding afval'])
      await h.t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}`, headers: { ...kcc.headers, 'x-verwerking-doel': doel } });
    await h.t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { gebruikersnaam: 'bea', wachtwoord: 'fout-wachtwoord' } });
  }, 120_000);
  afterAll(async () => h?.close());

  const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');
  const naarBeheer = async (page: Page, link: RegExp, kop: string) => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { level: 1, name: kop }).waitFor();
  };

  it('searches the log for one person and a purpose, and offers the export', async () => {
    const page = await h.logIn('bea');
    await naarBeheer(page, /^Verwerkingenlog/, 'Verwerkingenlog');
    const zoeken = page.getByRole('form', { name: 'Zoeken in het log' });
    await zoeken.getByLabel('Partij-id').fill('Jansen');
    await zoeken.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => zoeken.getByRole('alert').textContent()).toMatch(/^Vul het id van een partij in/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('verwerkingen-partij');

    await zoeken.getByLabel('Partij-id').fill(partijId);
    await zoeken.getByLabel('Doel bevat').fill('BLADKORF');
    await zoeken.getByRole('button', { name: 'Zoeken' }).click();
    const tabel = page.getByRole('table', { name: /^Verwerkingen 1–1/ });
    await tabel.waitFor();
    expect(
      await tabel
        .getByRole('row', { name: /Partij raadplegen/ })
        .getByText('Vraag over de bladkorf')
        .count(),
    ).toBe(1);
    expect(await tabel.getByText('Test karin').count()).toBe(1);
    const exportLink = page.getByRole('link', { name: /^Alle verwerkingen van deze partij downloaden/ });
    expect(await exportLink.getAttribute('href')).toBe(`/api/verwerkingen/export/partij/${partijId}`);

    await zoeken.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByRole('table', { name: /^Verwerkingen 1–3/ }).waitFor();
    expect(await violations(page)).toBe('');
    await screenshot(page, 'beheer-verwerkingen');
  });

  it('retries a failed inbound message, says when it is gone meanwhile, and shows a failed login', async () => {
    const db = h.t.database.db;
    const { id } = await db
      .insertInto('inkomend_bericht')
      .values({
        kanaal: 'email',
        kanaal_bericht_id: '<kapot@lindendaal.test>',
        bericht: JSON.stringify({ kanaal: 'email', kanaalBerichtId: '<kapot@lindendaal.test>' }),
        status: 'mislukt',
        pogingen: 5,
        laatste_fout: 'Verbinding met de database verbroken',
        volgende_poging_op: new Date(Date.now() + 3600_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const page = await h.logIn('bea');
    await naarBeheer(page, /^Niet verwerkt/, 'Niet verwerkt');
    const berichten = page.getByRole('table', { name: 'Inkomende berichten die niet verwerkt zijn' });
    await berichten.getByText('Verbinding met de database verbroken').waitFor();
    expect(await page.getByText('Geen mislukte vervolgstappen.').count()).toBe(1);
    const pogingen = page.getByRole('table', { name: 'Laatste pogingen' });
    expect(await pogingen.getByRole('row', { name: /bea .*mislukt/ }).count()).toBeGreaterThan(0);
    expect(await violations(page)).toBe('');

    // Processed behind the screen's back: trying again is refused and the screen says so.
    await db.updateTable('inkomend_bericht').set({ status: 'verwerkt' }).where('id', '=', id).execute();
    await berichten.getByRole('button', { name: /^Opnieuw proberen: E-mail/ }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/bestaat niet of is al verwerkt/);

    await db.updateTable('inkomend_bericht').set({ status: 'mislukt' }).where('id', '=', id).execute();
    await page.reload();
    await page.getByRole('button', { name: /^Opnieuw proberen: E-mail/ }).click();
    await expect.poll(() => page.getByTestId('announcer').textContent()).toMatch(/wordt opnieuw geprobeerd\.$/);
  });
});
