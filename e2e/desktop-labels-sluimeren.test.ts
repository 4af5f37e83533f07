import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../src/auth/medewerkers.service.ts';
import { TEST_PASSWORD } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

// Issue 16: an agent labels a gesprek, filters the inbox by the label, snoozes it and finds it in the snoozed view.
describe.skipIf(!hasChromium)('labels and snooze on the desktop', { timeout: 120_000 }, () => {
  let h: DesktopHarness;
  let gelabeld: string;
  let ander: string;

  beforeAll(async () => {
    h = await startDesktop({ BOT_ACTIEF: 'false' });
    await createMedewerker(h.t.database.db, {
      gebruikersnaam: 'ravi',
      naam: 'Ravi Baldew',
      wachtwoord: TEST_PASSWORD,
      rollen: ['kcc'],
      teams: ['KCC'],
    });
    const chat = async (n: string, tekst: string) =>
      (
        await h.t.app.pipeline.receive({
          kanaal: 'webchat',
          kanaalBerichtId: `e2e-ordenen-${n}`,
          afzender: null,
          draad: { externeId: `e2e-ordenen-${n}` },
          tekst,
        })
      ).processed!.gesprekId;
    gelabeld = await chat('1', 'Mijn parkeervergunning is verlopen, hoe verleng ik die?');
    ander = await chat('2', 'Wanneer wordt het grofvuil opgehaald?');
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  it('labels, filters by label, snoozes and shows the snoozed view, with no axe violations', async () => {
    const page = await h.logIn('ravi');
    const row = (id: string) => page.locator(`[data-gesprek="${id}"]`);

    await page.evaluate((id) => (location.hash = `#/gesprek/${id}`), gelabeld);
    // Labels and snooze are folded away so the reply box stays in view; the agent opens them.
    await page.getByText('Labels en sluimeren', { exact: true }).click();
    await page.getByLabel('Nieuw label').fill('  Parkeren ');
    await page.getByRole('button', { name: 'Label toevoegen' }).click();
    await page.getByRole('list', { name: 'Labels' }).getByText('parkeren').waitFor();
    // The folded summary tells what is set.
    expect(await page.locator('summary', { hasText: 'Labels en sluimeren: parkeren' }).count()).toBe(1);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'ordenen-gesprek-labels');

    await page.evaluate(() => (location.hash = '#/inbox'));
    await row(ander).waitFor();
    await page.getByLabel('Label', { exact: true }).selectOption('parkeren');
    await expect.poll(() => row(ander).count()).toBe(0);
    expect(await row(gelabeld).count()).toBe(1);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');

    await row(gelabeld).click();
    await page.locator('summary', { hasText: 'Labels en sluimeren' }).click();
    await page.getByRole('button', { name: 'Laat sluimeren' }).click();
    await page.getByText(/^Sluimert tot /).waitFor();
    expect(await page.getByRole('button', { name: 'Nu wekken' }).isVisible()).toBe(true);

    await page.evaluate(() => (location.hash = '#/inbox'));
    await page.getByLabel('Label', { exact: true }).selectOption('');
    await row(ander).waitFor();
    expect(await row(gelabeld).count()).toBe(0);
    await page.getByRole('radio', { name: 'Gesluimerd' }).check();
    await row(gelabeld).waitFor();
    await expect.poll(() => row(ander).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Sluimert tot' }).count()).toBe(1);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'ordenen-inbox-gesluimerd');
  });
});
