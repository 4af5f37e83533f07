import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

describe.skipIf(!hasChromium)(
  'the partij on the desktop: register a new inwoner from a gesprek, merge a duplicate',
  { timeout: 60_000 },
  () => {
    let h: DesktopHarness;
    let t: TestApp;
    let agent: Session;

    beforeAll(async () => {
      h = await startDesktop({ BOT_ACTIEF: 'false' });
      t = h.t;
      agent = await t.login(['kcc'], 'karin');
      await t.login(['backoffice'], 'bob');
    }, 120_000);
    afterAll(async () => {
      await h?.close();
    });

    const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');
    const api = async <T>(method: 'GET' | 'POST', url: string, payload?: object) => {
      const response = await t.app.inject({ method, url, headers: agent.headers, payload });
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
      return response.json<T>();
    };
    const announced = (page: Page) => page.getByTestId('announcer').textContent();

    it('registers a citizen nobody knows yet from an anonymous chat, which links them and counts as verified (no retyping)', async () => {
      const { processed } = await t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: 'e2e-registreren-1',
        afzender: null,
        draad: { externeId: 'e2e-chat-registreren' },
        tekst: 'Ik ben net verhuisd naar Lindendaal, moet ik mij ergens melden?',
      });
      const gesprekId = processed!.gesprekId;

      const page = await h.logIn('karin');
      await page.goto(`${h.url}/#/gesprek/${gesprekId}`);
      const panel = page.getByRole('region', { name: 'Inwoner zoeken of registreren' });
      await panel.waitFor();

      // Not found by name, so the agent registers the citizen; a missing field is refused first.
      const zoeken = panel.getByRole('search', { name: 'Zoeken op' });
      await zoeken.getByLabel('Naam').fill('El Amrani');
      await zoeken.getByRole('button', { name: 'Zoeken' }).click();
      await expect.poll(() => panel.getByRole('status').filter({ hasText: 'gevonden' }).textContent()).toBe('Geen inwoners gevonden.');
      await panel.getByLabel('Voornaam').fill('Fatima');
      await panel.getByLabel('Achternaam').fill('El Amrani');
      await panel.getByRole('button', { name: 'Registreren en koppelen' }).click();
      await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'Vul voornaam' }).count()).toBe(1);
      await panel.getByLabel('Geboortedatum').fill('1991-02-03');
      await panel.getByLabel('Postcode').last().fill('1234 ab');
      await panel.getByLabel('Straat (als de inwoner die noemt)').fill('Lindelaan');
      await panel.getByLabel('Huisnummer').fill('12a');
      await panel.getByRole('button', { name: 'Registreren en koppelen' }).click();
      await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'Vul het huisnummer in als getal' }).count()).toBe(1);
      await panel.getByLabel('Huisnummer').fill('12');
      await panel.getByLabel('Toevoeging').fill('a');
      expect(await violations(page)).toBe('');
      await screenshot(page, 'desktop-partij-registreren');
      await panel.getByRole('button', { name: 'Registreren en koppelen' }).click();
      await expect
        .poll(() => announced(page))
        .toBe('Fatima El Amrani is geregistreerd en aan het gesprek gekoppeld; de identiteit geldt als gecontroleerd.');

      // Registered in this gesprek, so verified in it (POST /api/gesprekken/:id/partij): no three questions typed again.
      const gesprek = await api<{ partijId: string | null }>('GET', `/api/gesprekken/${gesprekId}`);
      expect(gesprek.partijId).toEqual(expect.any(String));
      const partij = await api<{ volledigeNaam: string; geboortedatum: string; bezoekadres: Record<string, unknown> }>(
        'GET',
        `/api/partijen/${gesprek.partijId}`,
      );
      expect(partij).toMatchObject({
        volledigeNaam: 'Fatima El Amrani',
        geboortedatum: '1991-02-03',
        bezoekadres: { postcode: '1234 AB', straatnaam: 'Lindelaan', huisnummer: 12, huisnummertoevoeging: 'a' },
      });
      await page.getByRole('heading', { level: 2, name: /Fatima El Amrani/ }).waitFor();
      expect(await page.getByRole('form', { name: 'Identiteit controleren' }).count()).toBe(0);
      expect(await page.getByRole('complementary', { name: 'Inwoner' }).getByText('3 februari 1991', { exact: true }).count()).toBe(1);
      // The address the citizen gave when registered shows too, street and number included.
      expect(await page.getByRole('complementary', { name: 'Inwoner' }).getByText('Lindelaan 12a, 1234 AB', { exact: true }).count()).toBe(
        1,
      );
      expect(await violations(page)).toBe('');
      await screenshot(page, 'desktop-partij-geregistreerd');
      await page.context().close();
    });

    it('merges a duplicate registration into the partij on screen after a side-by-side check and a clear confirmation', async () => {
      const blijft = await api<{ id: string; nummer: string }>('POST', '/api/partijen', {
        soortPartij: 'persoon',
        voornaam: 'Jan',
        achternaam: 'Bakker',
        geboortedatum: '1980-04-12',
        bezoekadres: { straatnaam: 'Lindelaan', huisnummer: 4, postcode: '1234 AB', stad: 'Lindendaal' },
        digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'j.bakker@example.nl' }],
      });
      const dubbel = await api<{ id: string; nummer: string }>('POST', '/api/partijen', {
        soortPartij: 'persoon',
        voornaam: 'Jan',
        achternaam: 'Bakker',
        digitaleAdressen: [{ soortDigitaalAdres: 'telefoonnummer', adres: '06-11223344' }],
      });
      await api('POST', '/api/klantcontacten', {
        kanaal: 'telefoon',
        onderwerp: 'Melding losliggende stoeptegel',
        inhoud: 'Stoeptegel voor Lindelaan 4 ligt los.',
        plaatsgevondenOp: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        betrokkenen: [{ partijId: dubbel.id, rol: 'klant', initiator: true }],
      });

      const page = await h.logIn('karin');
      await page.goto(`${h.url}/#/partij/${blijft.id}`);
      await page.getByRole('heading', { level: 1, name: 'Jan Bakker' }).waitFor();
      const tijdlijn = page
        .getByRole('region', { name: /Jan Bakker/ })
        .getByRole('list')
        .last();
      expect(await tijdlijn.getByText('Melding losliggende stoeptegel').count()).toBe(0);

      const samenvoegen = page.getByRole('region', { name: 'Dubbele inwoner samenvoegen' });
      await samenvoegen.getByRole('button', { name: 'Dubbele registratie zoeken' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('samenvoegen-naam');
      await samenvoegen.getByLabel('Naam').fill('Jan Bakker');
      await samenvoegen.getByRole('button', { name: 'Zoeken' }).click();
      // The partij on screen is never offered as its own duplicate.
      await expect.poll(() => samenvoegen.getByRole('status').filter({ hasText: 'gevonden' }).textContent()).toBe('1 inwoner gevonden.');
      await samenvoegen.getByRole('button', { name: `Vergelijk met Jan Bakker (klantnummer ${dubbel.nummer})` }).click();

      const vergelijking = samenvoegen.getByRole('table', { name: 'Beide registraties naast elkaar' });
      await vergelijking.waitFor();
      const rij = (label: string) =>
        vergelijking.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
      expect(await rij('Klantnummer').getByRole('cell').allTextContents()).toEqual([blijft.nummer, dubbel.nummer]);
      expect(await rij('Contactgegevens').getByRole('cell').allTextContents()).toEqual(['j.bakker@example.nl', '+31611223344']);
      expect(await rij('Contacten in de tijdlijn').getByRole('cell').allTextContents()).toEqual(['0', '1']);
      expect(await vergelijking.getByRole('columnheader').allTextContents()).toEqual([
        'Gegeven',
        'Jan Bakker: blijft bestaan',
        'Jan Bakker: wordt samengevoegd',
      ]);
      expect(await violations(page)).toBe('');
      await samenvoegen.scrollIntoViewIfNeeded();
      await screenshot(page, 'desktop-partij-vergelijken');

      // The dialog says which one stays; Cancel has the focus, Escape closes it without a change.
      await samenvoegen.getByRole('button', { name: 'Samenvoegen…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Registraties samenvoegen?' });
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(`Jan Bakker (klantnummer ${blijft.nummer}) blijft bestaan.`);
      expect(await dialog.textContent()).toContain(`van Jan Bakker (klantnummer ${dubbel.nummer}) verhuizen daarheen`);
      expect(await dialog.textContent()).toContain('Dit kunt u niet ongedaan maken.');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
      expect(await violations(page)).toBe('');
      await screenshot(page, 'desktop-partij-samenvoegen-dialoog');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      const still = await t.database.db
        .selectFrom('partij')
        .select(['samengevoegd_met_id'])
        .where('id', '=', dubbel.id)
        .executeTakeFirstOrThrow();
      expect(still.samengevoegd_met_id).toBeNull();

      await samenvoegen.getByRole('button', { name: 'Samenvoegen…' }).click();
      await dialog.getByRole('button', { name: `Samenvoegen in Jan Bakker (${blijft.nummer})` }).click();
      const notice = page.getByRole('status').filter({ hasText: 'is samengevoegd met' });
      await notice.waitFor();
      expect(await notice.textContent()).toBe('Jan Bakker is samengevoegd met Jan Bakker. De tijdlijn toont nu alle contacten.');
      await expect.poll(() => page.getByText('Melding losliggende stoeptegel').count()).toBe(1);
      await expect.poll(() => page.getByText('j.bakker@example.nl, +31611223344').count()).toBe(1);
      const merged = await t.database.db
        .selectFrom('partij')
        .select(['samengevoegd_met_id', 'indicatie_actief'])
        .where('id', '=', dubbel.id)
        .executeTakeFirstOrThrow();
      expect(merged).toEqual({ samengevoegd_met_id: blijft.id, indicatie_actief: false });
      expect(await violations(page)).toBe('');
      await screenshot(page, 'desktop-partij-samengevoegd');
      await page.context().close();

      // A back-office colleague may read the partij but not merge (partij:samenvoegen).
      const backoffice = await h.logIn('bob');
      await backoffice.goto(`${h.url}/#/partij/${blijft.id}`);
      await backoffice.getByRole('heading', { level: 1, name: 'Jan Bakker' }).waitFor();
      await backoffice.getByText('Melding losliggende stoeptegel').waitFor();
      expect(await backoffice.getByRole('region', { name: 'Dubbele inwoner samenvoegen' }).count()).toBe(0);
      await backoffice.context().close();
    });
  },
);
