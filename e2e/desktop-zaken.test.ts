import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrpPeer } from '../src/backoffice/peers/brp-peer.ts';
import { demoPersonen } from '../src/backoffice/peers/demo-backoffice.ts';
import { BSN, startPeers } from '../src/backoffice/peers/test-backoffice.ts';
import type { PeerZaak } from '../src/backoffice/peers/zgw-data.ts';
import { ZgwPeer } from '../src/backoffice/peers/zgw-peer.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

const TOELICHTING = 'De Lindelaan is te smal voor de wagen die de bladkorven leegt. De 38 linden worden vanaf januari 2027 vervangen.';
const DAG = 86_400_000;
const dag = (n: number) => new Date(Date.now() + n * DAG).toISOString().slice(0, 10);
const maanden = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
/** "14 maart 1975", written independently of the desktop's formatter. */
const voluit = (iso: string) => {
  const [j, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${maanden[m - 1]} ${j}`;
};

const zaken: PeerZaak[] = [
  {
    identificatie: 'ZAAK-2026-0001847',
    omschrijving: 'Bladkorf aanvragen Lindelaan 14',
    zaaktype: 'Bladkorf aanvragen',
    bsn: BSN,
    startdatum: dag(-8),
    einddatumGepland: dag(20),
    uiterlijkeEinddatumAfdoening: dag(48),
    statussen: [
      { omschrijving: 'Ontvangen', toelichting: 'Uw aanvraag is ontvangen.', datumStatusGezet: `${dag(-8)}T09:00:00Z` },
      { omschrijving: 'In behandeling', toelichting: TOELICHTING, datumStatusGezet: `${dag(-5)}T14:00:00Z` },
    ],
  },
  {
    identificatie: 'ZAAK-2026-0001532',
    omschrijving: 'Melding losliggende stoeptegels Lindelaan',
    zaaktype: 'Melding openbare ruimte',
    bsn: BSN,
    startdatum: dag(-40),
    einddatumGepland: dag(-12),
    statussen: [
      { omschrijving: 'Ingepland', toelichting: 'De stratenmakers komen na de bladval.', datumStatusGezet: `${dag(-20)}T11:00:00Z` },
    ],
  },
];

/**
 * The Lindelaan story on the desktop, against back-office peers that check every request by the
 * official specifications: the beheerder sees and tests the sources and adds a slow zaaksysteem;
 * a citizen asks in the chat where her bladkorf is; the agent identifies her in the BRP, sees the
 * case, its planning and the reason, learns that one zaaksysteem did not answer, opens the
 * history and links the case to the contact.
 */
describe.skipIf(!hasChromium)('zaken and the BRP on the desktop: the Lindelaan story', { timeout: 90_000 }, () => {
  let h: DesktopHarness;
  let zgw: ZgwPeer;
  let brp: BrpPeer;
  let traag: ZgwPeer;

  beforeAll(async () => {
    const peers = await startPeers({ zaken, personen: demoPersonen() });
    ({ zgw, brp } = peers);
    traag = new ZgwPeer({ clientId: 'loket-archief', secret: 'archief-geheim-voor-tests-0123456789', zaken: [] });
    await traag.start();
    traag.storing = { soort: 'traag', ms: 3000 };
    h = await startDesktop({ ...peers.env, BOT_ACTIEF: 'false' });
    await h.t.login(['beheerder'], 'bea');
    await h.t.login(['kcc'], 'karin');
    await h.t.login(['backoffice'], 'bob');
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await Promise.all([zgw?.stop(), brp?.stop(), traag?.stop()]);
  });

  const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');
  const announced = (page: Page) => page.getByTestId('announcer').textContent();

  it('lets the beheerder see, test and add sources; secrets are write-only', async () => {
    const page = await h.logIn('bea');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: /^Bronnen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Bronnen' }).waitFor();
    const lijst = page.getByRole('region', { name: 'Ingestelde bronnen' });
    await lijst.getByRole('heading', { level: 3 }).first().waitFor();
    expect(await lijst.getByText('Ingesteld in de omgeving').count()).toBe(2);
    // Sources from the environment can be tested, not edited.
    expect(await lijst.getByRole('button', { name: /bewerken/ }).count()).toBe(0);
    const zakenBron = lijst.getByRole('listitem').filter({ hasText: zgw.zakenApiUrl });
    // The first test of a cold source may run out of its 3 s on a busy machine: the result says so, and a second try is warm.
    const testen = zakenBron.getByRole('button', { name: /^Verbinding testen/ });
    for (let i = 0; i < 3 && !/^Verbinding gelukt/.test((await zakenBron.getByRole('status').textContent()) ?? ''); i++) {
      await testen.click();
      await expect
        .poll(() => zakenBron.getByRole('status').textContent(), { timeout: 15_000 })
        .toMatch(/^Verbinding (gelukt|mislukt) \(\d+ ms\)/);
    }
    expect(await zakenBron.getByRole('status').textContent()).toMatch(/^Verbinding gelukt \(\d+ ms\)/);

    await page.getByRole('button', { name: 'Zaaksysteem toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Nieuwe bron: Zaaksysteem (Zaken en Catalogi)' });
    await form.getByLabel('Naam').fill('Archief-zaaksysteem');
    await form.getByLabel('Adres van de Zaken API').fill(traag.zakenApiUrl);
    await form.getByLabel('Adres van de Catalogi API').fill('geen adres');
    await form.getByLabel('Client-id').fill('loket-archief');
    await form.getByLabel('Wachttijd in milliseconden').fill('800');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Vul een volledig adres in dat begint met https://.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bron-catalogiApiUrl');
    await form.getByLabel('Adres van de Catalogi API').fill(traag.catalogiApiUrl);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Vul het geheim in; een nieuwe bron kan niet zonder.');
    await form.getByLabel('Secret (JWT)').fill('archief-geheim-voor-tests-0123456789');
    expect(await violations(page)).toBe('');
    await screenshot(page, 'desktop-bronnen-nieuw');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => announced(page)).toBe('Archief-zaaksysteem is opgeslagen.');
    const archief = lijst.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Archief-zaaksysteem/ }) });
    expect(await archief.getByText('Secret (JWT): ingesteld').count()).toBe(1);

    // Editing shows that the secret is set and never shows it; left empty, it stays.
    await archief.getByRole('button', { name: 'Archief-zaaksysteem bewerken' }).click();
    const edit = page.getByRole('form', { name: 'Archief-zaaksysteem bewerken' });
    expect(await edit.getByLabel('Secret (JWT)').inputValue()).toBe('');
    expect(await edit.getByText('Ingesteld. Laat leeg om het te bewaren; vul in om het te vervangen.').count()).toBe(1);
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => announced(page)).toBe('Archief-zaaksysteem is opgeslagen.');
    expect(await violations(page)).toBe('');
    await screenshot(page, 'desktop-bronnen');
    await page.context().close();
  });

  it('identifies the citizen in the BRP and shows her case, its planning and the reason', async () => {
    const { processed } = await h.t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'e2e-lindelaan-1',
      afzender: null,
      draad: { externeId: 'e2e-chat-lindelaan' },
      tekst: 'Ik heb in november een bladkorf aangevraagd voor de Lindelaan. Waar blijft die?',
    });
    const gesprekId = processed!.gesprekId;

    const page = await h.logIn('karin');
    await page.goto(`${h.url}/#/gesprek/${gesprekId}`);
    const brpPanel = page.getByRole('region', { name: 'Controleren in de BRP' });
    await brpPanel.waitFor();
    expect(await brpPanel.getByText('BRP-gegevens zijn alleen voor het controleren van de identiteit').count()).toBe(1);
    // Nobody's case is shown before verification.
    expect(await page.getByRole('region', { name: 'Zaken' }).count()).toBe(0);

    // A typo in the BSN is caught before anything is asked of the BRP.
    const zoeken = brpPanel.getByRole('search', { name: 'Zoeken in de BRP' });
    await zoeken.getByLabel('Burgerservicenummer (BSN)').fill('999993654');
    await zoeken.getByRole('button', { name: 'Zoeken in de BRP' }).click();
    await expect.poll(() => zoeken.getByRole('alert').textContent()).toBe('Dit is geen geldig BSN: controleer de cijfers (elfproef).');
    expect(brp.requests).toEqual([]);

    await zoeken.getByRole('radio', { name: 'Postcode en huisnummer' }).check();
    await zoeken.getByLabel('Postcode', { exact: true }).fill('3541 ak');
    await zoeken.getByLabel('Huisnummer', { exact: true }).fill('14');
    await zoeken.getByRole('button', { name: 'Zoeken in de BRP' }).click();
    await expect
      .poll(() => brpPanel.getByRole('status').filter({ hasText: 'gevonden' }).textContent())
      .toBe('1 persoon gevonden in de BRP.');
    const persoon = brpPanel.getByRole('list', { name: 'Gevonden in de BRP' }).getByRole('listitem');
    expect(await persoon.getByRole('heading', { level: 3 }).textContent()).toBe('Fenna de Wit');
    expect(await persoon.getByText('9 maart 1971').count()).toBe(1);
    expect(await persoon.getByText('Lindelaan 14, 3541 AK Lindendaal').count()).toBe(1);
    expect(await violations(page)).toBe('');
    await brpPanel.scrollIntoViewIfNeeded();
    await screenshot(page, 'desktop-brp-gevonden');

    await persoon.getByRole('button', { name: 'Antwoorden kloppen: inwoner geverifieerd (Fenna de Wit)' }).click();
    await expect.poll(() => announced(page)).toBe('De inwoner is geverifieerd met de BRP en als nieuwe inwoner in Loket vastgelegd.');
    await page.getByRole('heading', { level: 2, name: /Fenna de Wit/ }).waitFor();

    // The cases, with the reason set apart and the dates in words.
    const zakenPanel = page.getByRole('region', { name: 'Zaken' });
    const bladkorf = zakenPanel.getByRole('article', { name: 'Bladkorf aanvragen' });
    await bladkorf.waitFor({ timeout: 15_000 });
    expect(await bladkorf.textContent()).toContain('Huidige status: In behandeling');
    expect(await bladkorf.getByText(TOELICHTING).count()).toBe(1);
    expect(await bladkorf.getByText(voluit(dag(20))).count()).toBe(1);
    expect(await bladkorf.textContent()).not.toContain(dag(20));
    const stoep = zakenPanel.getByRole('article', { name: /Melding openbare ruimte/ });
    expect(await stoep.getByText('Te laat', { exact: true }).count()).toBe(1);
    // The slow zaaksysteem is named, with why: the list is not presented as complete.
    const melding = zakenPanel.getByText('Deze lijst is mogelijk niet volledig');
    await melding.waitFor();
    expect(await zakenPanel.getByText('Archief-zaaksysteem reageert niet (time-out).').count()).toBe(1);

    await bladkorf.getByText('Statusgeschiedenis').click();
    await bladkorf.getByText('Uw aanvraag is ontvangen.').waitFor();
    expect(await violations(page)).toBe('');
    await page.evaluate(() => document.getElementById('gesprek-zaken-titel')?.scrollIntoView());
    await screenshot(page, 'desktop-zaken-gesprek');

    await bladkorf.getByRole('button', { name: 'Koppel aan dit contact: zaak ZAAK-2026-0001847' }).click();
    await expect.poll(() => announced(page)).toBe('Zaak ZAAK-2026-0001847 is aan dit contact gekoppeld.');
    await expect.poll(() => bladkorf.getByText('Gekoppeld aan dit contact').count()).toBe(1);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: /Fenna de Wit/ })
          .getByText('Over zaak ZAAK-2026-0001847: Bladkorf aanvragen Lindelaan 14')
          .count(),
      )
      .toBe(1);
    expect(await violations(page)).toBe('');
    await page.context().close();

    // The back office sees the same cases on the 360° page, without a gesprek.
    const gesprek = await h.t.app.inject({
      method: 'GET',
      url: `/api/gesprekken/${gesprekId}`,
      headers: (await h.t.login(['kcc'])).headers,
    });
    const partijId = gesprek.json<{ partijId: string }>().partijId;
    const backoffice = await h.logIn('bob');
    await backoffice.goto(`${h.url}/#/partij/${partijId}`);
    await backoffice.getByRole('heading', { level: 1, name: 'Fenna de Wit' }).waitFor();
    const zaken360 = backoffice.getByRole('region', { name: 'Zaken' });
    await zaken360.getByRole('article', { name: 'Bladkorf aanvragen' }).getByText(TOELICHTING).waitFor({ timeout: 15_000 });
    // After its time-out the source's breaker is open: it is named again, now as skipped.
    await zaken360
      .getByText(/^Archief-zaaksysteem (reageert niet \(time-out\)|is tijdelijk uitgeschakeld na eerdere storingen)\.$/)
      .waitFor();
    expect(await violations(backoffice)).toBe('');
    await backoffice.evaluate(() => document.getElementById('zaken-titel')?.scrollIntoView());
    await screenshot(backoffice, 'desktop-zaken-partij');
    await backoffice.context().close();

    for (const peer of [zgw, brp]) expect(peer.violations).toEqual([]);
  });

  it('deletes a source only after a confirmation that names it', async () => {
    const page = await h.logIn('bea');
    await page.goto(`${h.url}/#/beheer/bronnen`);
    const lijst = page.getByRole('region', { name: 'Ingestelde bronnen' });
    await lijst.getByRole('button', { name: 'Archief-zaaksysteem verwijderen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bron verwijderen?' });
    await dialog.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    expect(await violations(page)).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await lijst.getByRole('button', { name: 'Archief-zaaksysteem verwijderen…' }).click();
    await dialog.getByRole('button', { name: 'Archief-zaaksysteem verwijderen' }).click();
    await expect.poll(() => announced(page)).toBe('Archief-zaaksysteem is verwijderd.');
    await expect.poll(() => lijst.getByRole('heading', { name: /Archief-zaaksysteem/ }).count()).toBe(0);
    await page.context().close();
  });
});
