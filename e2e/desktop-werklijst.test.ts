import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD, type Session } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

/**
 * The back office's day: Bob logs in and lands on his werklijst, where the contactverzoek that ran
 * past its two working days stands first and is marked "te laat"; he picks it up, notes that he
 * called, and closes it with the answer. A beheerder and a redacteur land on their own start pages.
 */
describe.skipIf(!hasChromium)('werklijst of the back office, and every role its start page', { timeout: 90_000 }, () => {
  let h: DesktopHarness;
  let kcc: Session;
  let bob: Session;
  let laatId: string;

  const logIn = async (naam: string): Promise<Page> => {
    const page = await (await h.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(h.url);
    await page.getByLabel('Gebruikersnaam').fill(naam);
    await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    return page;
  };
  const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');

  beforeAll(async () => {
    h = await startDesktop({ BOT_ACTIEF: 'false' });
    const { t } = h;
    kcc = await t.login(['kcc'], 'karin');
    bob = await t.login(['backoffice'], 'bob');
    await t.login(['beheerder'], 'bea');
    await t.login(['redacteur'], 'rita');
    const kccTeam = await t.database.db.selectFrom('team').select('actor_id').where('naam', '=', 'KCC').executeTakeFirstOrThrow();
    const klantcontactId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/klantcontacten',
        headers: kcc.headers,
        payload: { kanaal: 'telefoon', onderwerp: 'Bladkorf' },
      })
    ).json().id;
    const taak = async (gevraagdeHandeling: string, actorId: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/interne-taken',
          headers: kcc.headers,
          payload: { klantcontactId, gevraagdeHandeling, toelichting: 'Mevrouw wacht op de bladkorf.', actorIds: [actorId] },
        })
      ).json().id as string;
    await taak('Stuur het aanvraagformulier op', bob.actorId);
    laatId = await taak('Bel mevrouw terug over de bladkorf', kccTeam.actor_id);
    // Ten days ago: well past two working days, whatever today is.
    await t.database.db
      .updateTable('interne_taak')
      .set({ toegewezen_op: new Date(Date.now() - 10 * 86_400_000) })
      .where('id', '=', laatId)
      .execute();
  }, 120_000);
  afterAll(() => h?.close());

  it('lands the back office on its werklijst, overdue first, and closes the task with an answer', async () => {
    const page = await logIn('bob');
    await page.getByRole('heading', { level: 1, name: 'Werklijst' }).waitFor();
    const eerste = page.getByRole('list', { name: 'Werklijst' }).getByRole('listitem').first();
    await expect.poll(() => eerste.textContent()).toContain('Bel mevrouw terug over de bladkorf');
    expect(await eerste.textContent()).toContain('Te laat');
    expect(await eerste.textContent()).toMatch(/Uiterlijk \S+/);
    expect(await violations(page)).toBe('');
    await screenshot(page, 'werklijst');

    await eerste.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Bel mevrouw terug over de bladkorf' }).waitFor();
    await page.getByText('Mevrouw wacht op de bladkorf.').waitFor();
    await page.getByRole('button', { name: 'Oppakken' }).click();
    await page.getByText('Opgepakt', { exact: true }).waitFor();
    await page.getByLabel('Notitie', { exact: true }).fill('Gebeld om 10:00, voicemail ingesproken.');
    await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.getByText('Gebeld om 10:00, voicemail ingesproken.').waitFor();
    expect(await violations(page)).toBe('');
    await page.getByLabel('Antwoord aan de inwoner').fill('De bladkorf wordt volgende week geplaatst.');
    await page.getByRole('button', { name: 'Afsluiten met antwoord' }).click();
    await page.getByRole('button', { name: 'Heropenen' }).waitFor();
    await page.getByText('De bladkorf wordt volgende week geplaatst.').waitFor();

    const taak = (await h.t.app.inject({ method: 'GET', url: `/api/interne-taken/${laatId}`, headers: bob.headers })).json();
    expect(taak).toMatchObject({ status: 'verwerkt', teLaat: false, actoren: [{ id: bob.actorId }] });
    expect(taak.notities.map((n: { soort: string }) => n.soort)).toEqual(['geclaimd', 'notitie', 'antwoord']);
  });

  it('lands a beheerder on the beheer page and a redacteur on the kennisbank, without an error', async () => {
    const beheerder = await logIn('bea');
    await beheerder.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    expect(beheerder.url()).toMatch(/#\/beheer$/);
    await beheerder.getByRole('link', { name: /^Bronnen/ }).waitFor();
    expect(await beheerder.getByRole('alert').count()).toBe(0);
    expect(await violations(beheerder)).toBe('');

    const redacteur = await logIn('rita');
    await redacteur.getByRole('heading', { level: 1, name: 'Kennisartikelen' }).waitFor();
    expect(redacteur.url()).toMatch(/#\/kennisbank$/);
    expect(await redacteur.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inbox' }).count()).toBe(0);
    expect(await violations(redacteur)).toBe('');
  });
});
