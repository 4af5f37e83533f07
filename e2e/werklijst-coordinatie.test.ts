import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTeam } from '../src/auth/teams.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

/** Issue 15: the team lead's coordination on the werklijst: figures per afdeling and a bulk reassignment with its result. */
describe.skipIf(!hasChromium)('coordination on the werklijst', () => {
  let h: DesktopHarness;

  beforeAll(async () => {
    h = await startDesktop();
    await h.t.login(['teamleider', 'backoffice'], 'tamara');
    const kcc = await h.t.login(['kcc']);
    const beheerder = await h.t.login(['beheerder']);
    const db = h.t.database.db;
    const bz = await ensureTeam(db, 'Burgerzaken');
    await ensureTeam(db, 'Belastingen');
    await h.t.app.inject({
      method: 'POST',
      url: '/api/beheer/afdelingen',
      headers: beheerder.headers,
      payload: { naam: 'Publiekszaken', teamIds: [bz.id] },
    });
    const klantcontactId = (
      await h.t.app.inject({
        method: 'POST',
        url: '/api/klantcontacten',
        headers: kcc.headers,
        payload: { kanaal: 'balie', onderwerp: 'Vraag' },
      })
    ).json().id;
    // Tasks for the lead's own team (KCC) so they show on "Mijn team", and one for Burgerzaken.
    const kccTeam = await ensureTeam(db, 'KCC');
    for (const [handeling, actor] of [
      ['Paspoort spoedaanvraag terugbellen', kccTeam.actor_id],
      ['Adreswijziging controleren', kccTeam.actor_id],
      ['Uittreksel nasturen', bz.actor_id],
    ] as const) {
      await h.t.app.inject({
        method: 'POST',
        url: '/api/interne-taken',
        headers: kcc.headers,
        payload: { klantcontactId, gevraagdeHandeling: handeling, actorIds: [actor] },
      });
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows open tasks per afdeling and reassigns the chosen ones, reporting the result', async () => {
    const page = await h.logIn('tamara');
    await page.evaluate(() => (location.hash = '#/werklijst'));
    await page.getByRole('heading', { level: 2, name: 'Coördinatie per afdeling' }).waitFor();
    const table = page.getByRole('table', { name: 'Coördinatie per afdeling' });
    await expect.poll(() => table.getByRole('row', { name: /Publiekszaken/ }).textContent()).toContain('1');
    await page.getByRole('group', { name: 'Welke taken?' }).getByLabel('Paspoort spoedaanvraag terugbellen').check();
    await page.getByLabel('Naar collega of team').selectOption({ label: 'Burgerzaken' });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Herverdelen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'herverdeeld' }).textContent()).toContain('1 taak herverdeeld');
    // Burgerzaken (Publiekszaken) now holds two open tasks.
    await expect
      .poll(() =>
        table
          .getByRole('row', { name: /Publiekszaken/ })
          .getByRole('cell')
          .first()
          .textContent(),
      )
      .toBe('2');
    await screenshot(page, 'werklijst-coordinatie');
  });
});
