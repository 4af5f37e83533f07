import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../src/auth/medewerkers.service.ts';
import { TEST_PASSWORD } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

/**
 * Empty when the page needs no sideways scrolling (document scrollWidth <= innerWidth); else the
 * outermost elements past the viewport's edge as "tag.class (right px)", so a failure names them.
 */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const limit = window.innerWidth;
    const { scrollWidth } = document.documentElement;
    if (scrollWidth <= limit) return [];
    const past = (el: Element | null) => el !== null && el.getBoundingClientRect().right > limit + 0.5;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => past(el) && !past(el.parentElement))
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`);
    return culprits.length ? culprits : [`document scrollWidth ${scrollWidth} > ${limit}`];
  });

// WCAG 1.4.10 Reflow: at 320 CSS px nothing scrolls sideways except data tables in their own region.
describe.skipIf(!hasChromium)('the desktop reflows at 320 px', { timeout: 60_000 }, () => {
  let h: DesktopHarness;

  beforeAll(async () => {
    h = await startDesktop({ BOT_ACTIEF: 'false' });
    // A long name, the widest part of the header's right-hand end.
    await createMedewerker(h.t.database.db, {
      gebruikersnaam: 'maria',
      naam: 'Maria van den Berg-Hoogendoorn',
      wachtwoord: TEST_PASSWORD,
      rollen: ['kcc', 'teamleider'],
      teams: ['KCC'],
    });
    for (const i of [1, 2, 3]) {
      await h.t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `e2e-reflow-${i}`,
        afzender: null,
        draad: { externeId: `e2e-reflow-${i}` },
        tekst: 'Mijn bladkorf is al twee weken niet geleegd, kunt u daar iets aan doen?',
      });
    }
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('the inbox and the team lead overview need no horizontal scrolling', async () => {
    const page = await h.logIn('maria', { width: 320, height: 800 });
    await page.getByRole('table').first().waitFor();
    expect(await overflow(page)).toEqual([]);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'reflow-inbox');

    await page.evaluate(() => (location.hash = '#/teamleider'));
    await page.getByRole('heading', { level: 2, name: 'Medewerkers' }).waitFor();
    expect(await overflow(page)).toEqual([]);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'reflow-teamleider');
  });

  it('nor do the quality and analytics screens', async () => {
    const page = await h.logIn('maria', { width: 320, height: 800 });
    const screens = [
      ['#/kwaliteit', 'Gesprekskwaliteit'],
      ['#/analyse', 'Contactanalyse'],
    ] as const;
    for (const [hash, heading] of screens) {
      await page.evaluate((to) => (location.hash = to), hash);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expect.poll(() => page.getByText('Laden…').count()).toBe(0);
      expect(await overflow(page), hash).toEqual([]);
    }
  });
});
