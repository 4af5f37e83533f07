import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

/**
 * Issue 15, part 1: a beheerder keeps medewerkers, teams and afdelingen, API tokens and the
 * service norms, and reads the retention periods, all from the desktop instead of Swagger.
 */
describe.skipIf(!hasChromium)('beheer: people and organisation', { timeout: 120_000 }, () => {
  let h: DesktopHarness;
  let page: Page;
  beforeAll(async () => {
    h = await startDesktop({ BOT_ACTIEF: 'false' });
    await h.t.login(['beheerder'], 'bea');
    page = await h.logIn('bea');
  }, 120_000);
  afterAll(() => h?.close());

  const violations = async () => (await accessibilityViolations(page)).join('\n');
  const announced = () => page.getByTestId('announcer').textContent();
  const focused = () => page.evaluate(() => document.activeElement?.id);
  const openScherm = async (link: RegExp, kop: string) => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { level: 1, name: kop }).waitFor();
  };

  it('adds a medewerker, changes roles and teams, switches them off, and keeps the last beheerder', async () => {
    await openScherm(/^Medewerkers/, 'Medewerkers');
    const tabel = page.getByRole('table', { name: 'Alle medewerkers' });
    await tabel.getByRole('rowheader', { name: 'Test bea' }).waitFor();

    await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe medewerker' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^Vul een gebruikersnaam in/);
    await expect.poll(focused).toBe('medewerker-gebruikersnaam');
    await form.getByLabel('Gebruikersnaam').fill('jdevries');
    await form.getByLabel('Naam', { exact: true }).fill('Jan de Vries');
    await form.getByLabel('E-mailadres (niet verplicht)').fill('j.devries@lindendaal.example');
    await form.getByLabel('Wachtwoord (niet verplicht)').fill(TEST_PASSWORD);
    await form.getByLabel('KCC-medewerker').uncheck();
    await form.getByLabel('Backoffice').check();
    await form.getByLabel('KCC', { exact: true }).check();
    expect(await violations()).toBe('');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(announced).toBe('Jan de Vries is toegevoegd.');
    const jan = tabel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Jan de Vries' }) });
    await expect.poll(() => jan.textContent()).toContain('jdevries');
    expect(await jan.textContent()).toMatch(/Backoffice.*KCC.*Actief/);

    await jan.getByRole('button', { name: 'Jan de Vries bewerken' }).click();
    const edit = page.getByRole('form', { name: 'Jan de Vries bewerken' });
    await edit.getByLabel('Nieuw wachtwoord (niet verplicht)').fill('kort');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => edit.getByRole('alert').textContent()).toMatch(/^Een wachtwoord heeft minstens 12 tekens/);
    await expect.poll(focused).toBe('medewerker-wachtwoord');
    await edit.getByLabel('Nieuw wachtwoord (niet verplicht)').fill('');
    await edit.getByLabel('Teamleider').check();
    await edit.getByLabel('Account actief').uncheck();
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(announced).toBe('Jan de Vries is uitgezet en kan niet meer inloggen.');
    await expect.poll(() => jan.textContent()).toMatch(/Backoffice, Teamleider.*Uitgezet/);
    const login = await h.t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'jdevries', wachtwoord: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);

    // bea is the only beheerder: taking her own role away is refused and says why.
    await tabel.getByRole('button', { name: 'Test bea bewerken' }).click();
    const zelf = page.getByRole('form', { name: 'Test bea bewerken' });
    await zelf.getByLabel('Beheerder').uncheck();
    await zelf.getByLabel('KCC-medewerker').check();
    await zelf.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => zelf.getByRole('alert').textContent()).toContain('laatste actieve beheerder');
    await expect.poll(focused).toBe('medewerker-rollen-0');
    await screenshot(page, 'beheer-medewerkers');
  });

  it('adds a team with its own hours and term, and an afdeling that groups it', async () => {
    await openScherm(/^Teams en afdelingen/, 'Teams en afdelingen');
    await page.getByLabel('Naam van het team').fill('Vergunningen');
    await page.getByRole('button', { name: 'Team toevoegen' }).click();
    await expect.poll(announced).toBe('Team Vergunningen is toegevoegd.');
    const teams = page.getByRole('table', { name: 'Teams' });
    const team = teams.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Vergunningen' }) });
    expect(await team.textContent()).toContain('Zoals het KCC');

    await team.getByRole('button', { name: 'Werktijd van Vergunningen wijzigen' }).click();
    const form = page.getByRole('form', { name: 'Werktijd van Vergunningen' });
    await form.getByLabel('Eigen openingstijden').check();
    await form.getByLabel('Dinsdag').fill('9-17');
    await form.getByLabel('Terugbeltermijn in werkdagen').fill('5');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toMatch(/^Dinsdag: schrijf de tijden als 08:30-17:00/);
    await expect.poll(focused).toBe('werktijd-di');
    await form.getByLabel('Dinsdag').fill('09:00-17:00');
    await form.getByLabel('Vrijdag').fill('');
    expect(await violations()).toBe('');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(announced).toBe('De werktijd van Vergunningen is opgeslagen.');
    await expect.poll(() => team.textContent()).toContain('5 werkdagen');
    expect(await team.textContent()).toContain('Di 09:00-17:00');
    expect(await team.textContent()).not.toContain('Vr ');
    await expect.poll(focused).toMatch(/^team-/);

    await page.getByRole('button', { name: 'Afdeling toevoegen' }).click();
    const afdeling = page.getByRole('form', { name: 'Nieuwe afdeling' });
    await afdeling.getByLabel('Naam van de afdeling').fill('Publiekszaken');
    await afdeling.getByLabel('E-mail als een taak wordt toegewezen').selectOption({ label: 'Aan de groepsmailbox' });
    await afdeling.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => afdeling.getByRole('alert').textContent()).toBe('Vul de groepsmailbox in: de melding gaat daarheen.');
    await afdeling.getByLabel('Groepsmailbox (niet verplicht)').fill('publiekszaken@lindendaal.example');
    await afdeling.getByLabel('Vergunningen').check();
    await afdeling.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(announced).toBe('Afdeling Publiekszaken is opgeslagen.');
    const rij = page.getByRole('table', { name: 'Afdelingen' }).getByRole('row').filter({ hasText: 'Publiekszaken' });
    await expect.poll(() => rij.textContent()).toMatch(/publiekszaken@lindendaal\.example.*Aan de groepsmailbox.*Vergunningen/);
    await expect.poll(() => team.textContent()).toContain('Publiekszaken');
    expect(await violations()).toBe('');
    await screenshot(page, 'beheer-teams');
  });

  it('renames a team, refuses to delete one with members, and deletes an empty one', async () => {
    const teams = page.getByRole('table', { name: 'Teams' });
    const rij = (naam: string) => teams.getByRole('row').filter({ has: page.getByRole('rowheader', { name: naam, exact: true }) });
    await rij('Vergunningen').getByRole('button', { name: 'Naam van Vergunningen wijzigen' }).click();
    const form = page.getByRole('form', { name: 'Naam van Vergunningen wijzigen' });
    await form.getByLabel('Nieuwe naam').fill('  ');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Vul de nieuwe naam van het team in.');
    await expect.poll(focused).toBe('hernoem-naam');
    await form.getByLabel('Nieuwe naam').fill('kcc');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Er is al een team met deze naam.');
    await form.getByLabel('Nieuwe naam').fill('Omgevingsvergunningen');
    expect(await violations()).toBe('');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(announced).toBe('Team Vergunningen heet nu Omgevingsvergunningen.');
    await expect.poll(() => rij('Omgevingsvergunningen').textContent()).toContain('Di 09:00-17:00');
    expect(await rij('Vergunningen').count()).toBe(0);
    await expect.poll(focused).toMatch(/^team-hernoem-/);
    const afdeling = page.getByRole('table', { name: 'Afdelingen' }).getByRole('row').filter({ hasText: 'Publiekszaken' });
    await expect.poll(() => afdeling.textContent()).toContain('Omgevingsvergunningen');

    // bea (and Jan) are in the KCC: the server refuses and the dialog says why.
    await rij('KCC').getByRole('button', { name: 'KCC verwijderen…' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Team verwijderen?' });
    await dialoog.getByRole('button', { name: 'KCC verwijderen' }).click();
    await expect.poll(() => dialoog.getByRole('alert').textContent()).toContain('Het team heeft nog leden');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    expect(await violations()).toBe('');
    await screenshot(page, 'beheer-team-verwijderen');
    await dialoog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await rij('KCC').count()).toBe(1);

    await page.getByLabel('Naam van het team').fill('Tijdelijk');
    await page.getByRole('button', { name: 'Team toevoegen' }).click();
    await expect.poll(announced).toBe('Team Tijdelijk is toegevoegd.');
    await rij('Tijdelijk').getByRole('button', { name: 'Tijdelijk verwijderen…' }).click();
    await dialoog.getByRole('button', { name: 'Tijdelijk verwijderen' }).click();
    await expect.poll(announced).toBe('Team Tijdelijk is verwijderd.');
    await expect.poll(() => rij('Tijdelijk').count()).toBe(0);
    await expect.poll(focused).toBe('teams-titel');
    const inDatabase = (await h.t.database.db.selectFrom('team').select('naam').execute()).map((t) => t.naam);
    expect(inDatabase).toContain('Omgevingsvergunningen');
    expect(inDatabase).not.toContain('Tijdelijk');
  });

  it('creates an API token, shows its key once, and revokes it', async () => {
    await openScherm(/^API-tokens/, 'API-tokens');
    await page.getByRole('button', { name: 'Token maken' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Vul de naam van de koppeling in.');
    await page.getByLabel('Naam van de koppeling').fill('Sensoren');
    await page.getByLabel('Rol').selectOption({ label: 'Gebeurtenisbron' });
    await page.getByRole('button', { name: 'Token maken' }).click();
    await page.getByRole('heading', { name: 'De sleutel van Sensoren' }).waitFor();
    expect(await page.getByText('Loket toont hem nooit meer').count()).toBe(1);
    const sleutel = await page.getByLabel('Sleutel', { exact: true }).inputValue();
    expect(sleutel.length).toBeGreaterThan(20);
    // The key acts with its role: an event source may not read the medewerkers.
    const metSleutel = () => h.t.app.inject({ method: 'GET', url: '/api/medewerkers', headers: { authorization: `Token ${sleutel}` } });
    expect((await metSleutel()).statusCode).toBe(403);
    expect(await violations()).toBe('');
    await page.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();

    const rij = page.getByRole('table', { name: 'API-tokens' }).getByRole('row').filter({ hasText: 'Sensoren' });
    await expect.poll(() => rij.textContent()).toMatch(/Gebeurtenisbron.*nooit.*Actief/);
    await rij.getByRole('button', { name: 'Sensoren intrekken…' }).click();
    const dialoog = page.getByRole('dialog', { name: 'Token intrekken?' });
    await dialoog.getByRole('button', { name: 'Sensoren intrekken' }).click();
    await expect.poll(announced).toBe('Het token Sensoren is ingetrokken.');
    await expect.poll(() => rij.textContent()).toContain('Ingetrokken op');
    expect((await metSleutel()).statusCode).toBe(401);
    await screenshot(page, 'beheer-api-tokens');
  });

  it('sets the service norm of a channel, refusing one that makes no sense, and shows the retention periods', async () => {
    await openScherm(/^Servicenormen en bewaartermijnen/, 'Servicenormen en bewaartermijnen');
    const normen = page.getByRole('table', { name: 'Servicenormen per kanaal' });
    await expect
      .poll(() => normen.getByRole('row').filter({ hasText: 'Telefoon' }).textContent())
      .toMatch(/30 seconden\s*80% binnen de norm\s*1/);

    await normen.getByRole('button', { name: 'Norm van Webchat wijzigen' }).click();
    const form = page.getByRole('form', { name: 'Servicenorm van Webchat' });
    await form.getByLabel('Norm', { exact: true }).fill('0');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Vul een norm in die groter is dan 0, in hele seconden.');
    await expect.poll(focused).toBe('norm-getal');
    await form.getByLabel('Norm', { exact: true }).fill('2');
    await form.getByLabel('Eenheid').selectOption({ label: 'Minuten' });
    await form.getByLabel('Doel in procenten').fill('101');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Vul een doel in van 1 tot 100 procent.');
    await expect.poll(focused).toBe('norm-doel');
    await form.getByLabel('Doel in procenten').fill('90');
    expect(await violations()).toBe('');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(announced).toBe('De servicenorm van Webchat is opgeslagen.');
    const webchat = normen.getByRole('row').filter({ hasText: 'Webchat' });
    await expect.poll(() => webchat.textContent()).toMatch(/2 minuten\s*90% binnen de norm/);
    await expect.poll(focused).toBe('norm-knop-webchat');
    const opgeslagen = await h.t.database.db
      .selectFrom('servicenorm')
      .selectAll()
      .where('kanaal', '=', 'webchat')
      .executeTakeFirstOrThrow();
    expect(opgeslagen).toMatchObject({ norm_seconden: 120, doel_percentage: 90 });
    await screenshot(page, 'beheer-servicenormen');

    const bewaren = page.getByRole('table', { name: 'Bewaartermijnen' });
    await expect
      .poll(() => bewaren.getByRole('row').filter({ hasText: 'bot' }).textContent())
      .toMatch(/365 dagen.*BEWAARTERMIJN_BOTVRAGEN_DAGEN/);
    expect(await violations()).toBe('');
  });
});
