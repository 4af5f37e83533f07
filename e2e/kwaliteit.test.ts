import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptSegment as Segment } from '../src/analytics/transcripts/types.ts';
import { callMetOvertreding, seg } from '../src/test/fixtures.ts';
import type { Session, TestApp } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

// Only general information: nothing to report.
const callZonderBevinding = [
  seg('agent', 0, 2, 'Gemeente Lindendaal, met Anna.'),
  seg('klant', 2.5, 5, 'Hoe laat is het gemeentehuis open?'),
  seg('agent', 5.5, 8, 'Het gemeentehuis is open van negen tot vijf.'),
  seg('klant', 8.5, 9.5, 'Dank u wel.'),
];

describe.skipIf(!hasChromium)('conversation quality and live alerts for team leads in a real browser', () => {
  let h: DesktopHarness;
  let t: TestApp;
  let lead: Session;
  let cti: Record<string, string>;
  let overtredingId: string;

  const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');
  const focusedHeading = (page: Page) =>
    page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));
  const announced = (page: Page) => page.getByTestId('announcer').textContent();
  const telefoon = (payload: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/telefoon/cti', headers: cti, payload });
  const transcript = (callId: string, segmenten: Segment[]) =>
    t.app.inject({ method: 'POST', url: `/api/telefoon/gesprekken/${callId}/transcript`, headers: cti, payload: { segmenten } });

  /** A call answered by anna, its transcript streamed; hung up and analysed unless it is to stay live. */
  async function call(callId: string, segmenten: Segment[], options: { onderwerp?: string; live?: boolean } = {}): Promise<string> {
    await telefoon({ event: 'newCall', callId, from: '+31687654321', direction: 'in' });
    await telefoon({ event: 'answer', callId, user: 'anna' });
    const { gesprek_id } = await t.database.db
      .selectFrom('telefoongesprek')
      .select('gesprek_id')
      .where('call_id', '=', callId)
      .executeTakeFirstOrThrow();
    const gesprekId = gesprek_id!;
    expect((await transcript(callId, segmenten)).statusCode).toBe(200);
    if (options.live) return gesprekId;
    if (options.onderwerp) {
      const { klantcontact_id } = await t.database.db
        .selectFrom('gesprek')
        .select('klantcontact_id')
        .where('id', '=', gesprekId)
        .executeTakeFirstOrThrow();
      await t.database.db
        .updateTable('klantcontact')
        .set({ hoofd_onderwerp_type: options.onderwerp })
        .where('id', '=', klantcontact_id!)
        .execute();
    }
    await telefoon({ event: 'hangup', callId });
    const analysed = await t.app.inject({
      method: 'POST',
      url: `/api/analytics/kwaliteit/gesprekken/${gesprekId}/analyse`,
      headers: lead.headers,
    });
    expect(analysed.statusCode, analysed.body).toBe(200);
    return gesprekId;
  }

  beforeAll(async () => {
    h = await startDesktop();
    t = h.t;
    lead = await t.login(['teamleider'], 'lisa');
    await t.login(['kcc'], 'anna');
    await t.login(['kcc'], 'kees');
    cti = await t.token('kcc');
    overtredingId = await call('call-kw-1', callMetOvertreding, { onderwerp: 'Afval' });
    await call('call-kw-2', callZonderBevinding, { onderwerp: 'Openingstijden' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('a team lead reviews the figures, drills down to a violation and manages the alert phrases', async () => {
    const page = await h.logIn('lisa');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kwaliteit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprekskwaliteit' }).waitFor();
    await expect.poll(() => focusedHeading(page)).toBe('Gesprekskwaliteit');
    await expect.poll(() => page.getByTestId('kw-gesprekken').textContent()).toBe('2');
    expect(await page.getByTestId('kw-naleving').textContent()).toBe('50%');
    expect(await page.getByTestId('kw-met-overtreding').textContent()).toBe('1');
    const perMedewerker = page.getByRole('table', { name: 'Per medewerker' });
    await expect.poll(() => perMedewerker.getByRole('row').filter({ hasText: 'Test anna' }).textContent()).toContain('50%');
    await page.getByRole('table', { name: 'Stiltes per onderwerp' }).getByRole('row').filter({ hasText: 'Afval' }).waitFor();
    await page
      .getByRole('table', { name: 'Stiltes per kennisartikel' })
      .getByRole('row')
      .filter({ hasText: 'Geen artikel open' })
      .waitFor();
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kwaliteit-overzicht');

    // A period that ends before it starts is refused next to the field; clearing brings the figures back.
    await page.getByLabel('Van', { exact: true }).fill('2099-02-01');
    await page.getByLabel('Tot en met').fill('2099-01-01');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByRole('alert').filter({ hasText: 'vóór de datum ‘van’' }).waitFor();
    expect(await page.getByLabel('Tot en met').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Tot en met').fill('2099-12-31');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByText('Er zijn nog geen geanalyseerde gesprekken in deze periode.').waitFor();
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => page.getByTestId('kw-gesprekken').textContent()).toBe('2');

    // Only the call with findings is listed; its drill-down marks the disclosure and the silence.
    const bevindingen = page.getByRole('table', { name: 'Gesprekken met bevindingen' });
    expect(await bevindingen.getByRole('link').count()).toBe(1);
    await bevindingen.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek beoordelen' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(`#/kwaliteit/${overtredingId}`);
    await expect.poll(() => page.getByTestId('kw-segment-2').textContent()).toContain('Onthulling vóór verificatie: status van de zaak');
    expect(await page.getByTestId('kw-segment-1').textContent()).toContain('Signaalzin: „klacht indienen”');
    expect(await page.getByTestId('kw-stilte-2').textContent()).toContain('Stilte van 6,0 seconden');
    expect(await page.getByTestId('kw-verificatie').textContent()).toBe('De beller is niet geverifieerd');
    expect(await page.getByTestId('kw-overtredingen').textContent()).toContain('1');
    expect(await page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').filter({ hasText: 'Inwoner' }).count()).toBe(2);
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kwaliteit-gesprek');

    // The same marks in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review conversation' }).waitFor();
    await expect.poll(() => page.getByTestId('kw-segment-2').textContent()).toContain('Disclosure before verification: case status');
    expect(await page.getByTestId('kw-stilte-2').textContent()).toContain('Silence of 6.0 seconds');
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kwaliteit-gesprek-en');
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek beoordelen' }).waitFor();
    await page.getByRole('button', { name: 'Opnieuw analyseren' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Opnieuw geanalyseerd: 1 onthulling vóór verificatie, 1 stilte, 1 signaalzin.' })
      .waitFor();

    // Alert phrases: an empty or duplicate phrase is refused on the field; a new one is added, one removed.
    await page.getByRole('link', { name: '← Terug naar gesprekskwaliteit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprekskwaliteit' }).waitFor();
    const zinnen = page.getByRole('list', { name: 'Huidige signaalzinnen' });
    await zinnen.getByText('ombudsman', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Vul een signaalzin in.').waitFor();
    const veld = page.getByLabel('Nieuwe signaalzin');
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kw-zin');
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kwaliteit-zin-fout');
    await veld.fill('Klacht indienen');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Deze signaalzin staat al in de lijst.').waitFor();
    await veld.fill('  wethouder   spreken ');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await zinnen.getByText('wethouder spreken', { exact: true }).waitFor();
    await expect.poll(() => announced(page)).toBe('Signaalzin „wethouder spreken” toegevoegd.');
    expect(await veld.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Verwijderen signaalzin „ombudsman”' }).click();
    await expect.poll(() => announced(page)).toBe('Signaalzin „ombudsman” verwijderd.');
    expect(await zinnen.getByText('ombudsman', { exact: true }).count()).toBe(0);
    const stored = await t.database.db.selectFrom('analyse_zin').select('zin').orderBy('zin').execute();
    expect(stored.map((z) => z.zin)).toEqual([
      'advocaat',
      'ik ben het er niet mee eens',
      'klacht indienen',
      'opzeggen',
      'wethouder spreken',
    ]);
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kwaliteit-zinnen');

    // On another screen, the new phrase said in a live call raises an alert in the panel.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await page.getByText('Live verbonden').waitFor();
    expect(await page.getByRole('complementary', { name: 'Signaalzinnen live' }).count()).toBe(0);
    const liveId = await call('call-kw-live', [seg('agent', 0, 2, 'Gemeente Lindendaal, met Anna.')], { live: true });
    await transcript('call-kw-live', [seg('klant', 2.5, 6, 'Ik wil de wethouder spreken over dit besluit.')]);
    const panel = page.getByRole('complementary', { name: 'Signaalzinnen live' });
    const alert = panel.getByRole('listitem').filter({ hasText: '„wethouder spreken”' });
    await alert.waitFor({ timeout: 5000 });
    expect(await alert.textContent()).toContain('Test anna, Telefoon');
    await expect.poll(() => announced(page)).toBe('Signaalzin „wethouder spreken” in een gesprek van Test anna.');
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kwaliteit-alert-inbox');

    // The alert links to the live call's drill-down, where the phrase is marked.
    await alert.getByRole('link', { name: 'Gesprek bekijken van Test anna met „wethouder spreken”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gesprek beoordelen' }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(`#/kwaliteit/${liveId}`);
    await expect.poll(() => page.getByTestId('kw-segment-1').textContent()).toContain('Signaalzin: „wethouder spreken”');
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kwaliteit-alert-gesprek');
    await panel.getByRole('button', { name: 'Sluiten melding „wethouder spreken”' }).click();
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => focusedHeading(page)).toBe('Gesprek beoordelen');
    await telefoon({ event: 'hangup', callId: 'call-kw-live' });
  }, 120_000);

  it('on a narrow screen the wide tables scroll in their own keyboard-reachable regions', async () => {
    const page = await h.logIn('lisa', { width: 420, height: 900 });
    await page.evaluate(() => (location.hash = '#/kwaliteit'));
    await page.getByRole('heading', { level: 1, name: 'Gesprekskwaliteit' }).waitFor();
    const region = page.getByRole('region', { name: 'Per medewerker' }).last();
    await region.waitFor();
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await region.getAttribute('tabindex')).toBe('0');
    // The page itself reflows; only the tables scroll sideways (the shell's header is not this screen's).
    expect(await page.locator('.loket-kwaliteit').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await violations(page)).toBe('');
    await screenshot(page, 'kwaliteit-smal');
  }, 60_000);

  it('a kcc medewerker gets no Kwaliteit menu item, no quality view and no alerts', async () => {
    const page = await h.logIn('kees');
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kwaliteit' }).count()).toBe(0);
    await page.evaluate(() => (location.hash = '#/kwaliteit'));
    await page.getByRole('heading', { level: 1, name: 'Dit overzicht is alleen voor teamleiders.' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Kerncijfers' }).count()).toBe(0);
    expect(await page.getByRole('complementary').count()).toBe(0);
  }, 60_000);
});
