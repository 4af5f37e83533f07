import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../src/auth/medewerkers.service.ts';
import { TEST_PASSWORD } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

const VIEWPORT = { width: 1366, height: 768 };

// A full working day on a laptop: the reply box stays in view however long the thread is.
describe.skipIf(!hasChromium)('the agent desktop for a working day', { timeout: 90_000 }, () => {
  let h: DesktopHarness;
  let gesprekId: string;

  beforeAll(async () => {
    h = await startDesktop({ BOT_ACTIEF: 'false' });
    await createMedewerker(h.t.database.db, { gebruikersnaam: 'sanne', naam: 'Sanne de Vries', wachtwoord: TEST_PASSWORD, rollen: ['kcc'], teams: ['KCC'] });
    for (let i = 1; i <= 12; i++) {
      const received = await h.t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `e2e-werkdag-${i}`,
        afzender: null,
        draad: { externeId: 'e2e-werkdag' },
        tekst: `Bericht ${i}: mijn bladkorf in de Lindelaan is al twee weken niet geleegd, kunt u daar iets aan doen?`,
      });
      gesprekId = received.processed!.gesprekId;
    }
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('at 1366×768 the reply box is in view without scrolling, the thread scrolls in its own region', async () => {
    const page = await h.logIn('sanne', VIEWPORT);
    await page.evaluate((id) => (location.hash = `#/gesprek/${id}`), gesprekId);
    const reply = page.getByRole('textbox', { name: 'Uw antwoord' });
    await reply.waitFor();
    await page.getByText('Bericht 12:').waitFor();
    const box = await reply.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORT.height);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(VIEWPORT.height);
    // The newest message is shown whole, at the bottom of the thread.
    const draad = await page.getByRole('region', { name: 'Gespreksverloop' }).boundingBox();
    await expect.poll(async () => {
      const last = await page.getByText('Bericht 12:').boundingBox();
      return last!.y + last!.height <= draad!.y + draad!.height;
    }).toBe(true);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'werkdag-gesprek-1366');
  });
});
