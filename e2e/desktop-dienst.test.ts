import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../src/auth/medewerkers.service.ts';
import { importKennisbank, parseKennisbank } from '../src/knowledge/kennisbank-io.ts';
import { systemContext } from '../src/platform/system-context.ts';
import { TEST_PASSWORD } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

const VIEWPORT = { width: 1366, height: 768 };
const CTI_GEHEIM = 'centrale-geheim-0123456789abcdef';
/** Yesterday's conversation, at a fixed instant: the journey never depends on today's date. */
const GISTEREN = '2026-03-09T14:12:00Z';

/**
 * One shift, in one browser, as an agent works it on a laptop: several chats, a reply template,
 * an e-mail and a phone call arriving while she types, the knowledge panel following the citizen
 * to another topic, and yesterday's closed conversation found by a word in it. Axe on every screen.
 */
describe.skipIf(!hasChromium)('a full shift on the agent desktop at 1366×768', { timeout: 90_000 }, () => {
  let h: DesktopHarness;
  let page: Page;
  const chats: string[] = [];

  const chat = async (sessie: string, i: number, tekst: string) =>
    (
      await h.t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `dienst-${sessie}-${i}`,
        afzender: null,
        draad: { externeId: `dienst-${sessie}` },
        tekst,
      })
    ).processed!.gesprekId;
  const axe = async (naam: string) => {
    expect((await accessibilityViolations(page)).join('\n'), naam).toBe('');
    await screenshot(page, `dienst-${naam}`);
  };
  const teller = async () => Number((await page.getByTestId('inbox-teller').textContent())?.split(',')[0] ?? 0);
  const inView = async () => {
    const box = await page.getByRole('textbox', { name: 'Uw antwoord' }).boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
  };
  const eersteSuggestie = () => page.getByRole('region', { name: 'Kennisbank' }).getByRole('heading', { level: 3 }).first().textContent();

  beforeAll(async () => {
    h = await startDesktop({ BOT_ACTIEF: 'false', TELEFOON_CTI_GEHEIMEN: `centrale=${CTI_GEHEIM}` });
    const db = h.t.database.db;
    const kennisbank = JSON.parse(readFileSync(new URL('../lindendaal/kennisbank.json', import.meta.url), 'utf8'));
    await importKennisbank(db, systemContext('test'), parseKennisbank(kennisbank));
    await createMedewerker(db, { gebruikersnaam: 'fenna', naam: 'Fenna Smit', wachtwoord: TEST_PASSWORD, rollen: ['kcc'], teams: ['KCC'] });
    const lead = await h.t.login(['teamleider'], 'lead-dienst');
    const sjabloon = await h.t.app.inject({
      method: 'POST',
      url: '/api/antwoordsjablonen',
      headers: lead.headers,
      payload: { titel: 'Groet', tekst: 'Goedemiddag, u spreekt met {{medewerker}}.' },
    });
    expect(sjabloon.statusCode, sjabloon.body).toBe(201);

    // Yesterday: a chat about a tree in the Kastanjelaan, answered and closed.
    const gisteren = await h.t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'dienst-gisteren-1',
      afzender: null,
      draad: { externeId: 'dienst-gisteren' },
      tekst: 'De boom voor Kastanjelaan 3 hangt over de stoep en raakt de bus.',
      verzondenOp: GISTEREN,
    });
    const collega = await h.t.login(['kcc'], 'collega-dienst');
    const dicht = await h.t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gisteren.processed!.gesprekId}/afhandelen`,
      headers: collega.headers,
    });
    expect(dicht.statusCode, dicht.body).toBeLessThan(300);

    chats.push(await chat('a', 1, 'Er staat dit jaar geen bladkorf in de Lindelaan, terwijl er veel blad valt. Komt die nog?'));
    chats.push(await chat('b', 1, 'Is het stadhuis zaterdag open?'));
    chats.push(await chat('c', 1, 'Ik ben mijn rijbewijs kwijt, wat moet ik doen?'));
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('starts on the inbox with the waiting chats counted, opens one and greets with a template', async () => {
    page = await h.logIn('fenna', VIEWPORT);
    await expect.poll(teller).toBe(3);
    expect(await page.title()).toMatch(/^\(3\) /);
    await axe('inbox');

    await page.locator(`a[data-gesprek="${chats[0]}"]`).click();
    await page
      .getByText(/geen bladkorf in de Lindelaan/)
      .first()
      .waitFor();
    expect(await inView()).toBe(true);
    await expect.poll(eersteSuggestie).toMatch(/bladkor[fv]/i);
    await axe('gesprek');

    const reply = page.getByRole('textbox', { name: 'Uw antwoord' });
    await reply.click();
    await reply.pressSequentially('/gro');
    await page.getByRole('button', { name: /^Groet/ }).click();
    await expect.poll(() => reply.inputValue()).toBe('Goedemiddag, u spreekt met Fenna Smit.');
  });

  it('sees an e-mail and a call arrive while she types, without losing her place or her text', async () => {
    const reply = page.getByRole('textbox', { name: 'Uw antwoord' });
    await reply.press('End');
    await reply.pressSequentially(' De bladkorf komt volgende week');
    const voor = await teller();

    await h.t.app.pipeline.receive({
      kanaal: 'email',
      kanaalBerichtId: '<dienst-mail-1@example.nl>',
      afzender: { soort: 'email', adres: 'inwoner@example.nl' },
      draad: {},
      onderwerp: 'Vraag over mijn aanslag',
      tekst: 'Ik heb een vraag over de aanslag gemeentelijke belastingen.',
    });
    const call = await h.t.app.inject({
      method: 'POST',
      url: `/api/telefoon/cti/${CTI_GEHEIM}`,
      payload: { event: 'newCall', callId: 'dienst-call-1', from: '+31612345678', to: '14030', direction: 'in', queue: 'Algemeen' },
    });
    expect(call.statusCode, call.body).toBe(200);
    await reply.pressSequentially(' in de Lindelaan.');

    await expect.poll(teller).toBe(voor + 2);
    expect(await page.title()).toMatch(new RegExp(`^\\(${voor + 2}\\) `));
    expect(await reply.inputValue()).toBe('Goedemiddag, u spreekt met Fenna Smit. De bladkorf komt volgende week in de Lindelaan.');
    expect(await reply.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await inView()).toBe(true);
    await page.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => reply.inputValue()).toBe('');
    await page.getByText('De bladkorf komt volgende week in de Lindelaan.').first().waitFor();
  });

  it('follows the citizen to another topic in the knowledge panel', async () => {
    await chat('a', 2, 'Andere vraag: hoe vraag ik een parkeervergunning voor bewoners aan? Ik heb een nieuwe auto.');
    await page
      .getByText(/hoe vraag ik een parkeervergunning/)
      .first()
      .waitFor();
    await expect.poll(eersteSuggestie).toMatch(/^Parke/);
    expect(await inView()).toBe(true);
    await axe('suggestie-gewisseld');
  });

  it('handles the call with a note and reads the e-mail, each from the inbox', async () => {
    const gesprekVan = (kanaal: string) =>
      h.t.database.db
        .selectFrom('gesprek')
        .select('id')
        .where('kanaal', '=', kanaal)
        .where('status', '<>', 'afgehandeld')
        .executeTakeFirstOrThrow();
    await page
      .getByRole('link', { name: /^Inbox/ })
      .first()
      .click();
    const telefoon = await gesprekVan('telefoon');
    await page.locator(`a[data-gesprek="${telefoon.id}"]`).click();
    await page.getByText(/^Geen schriftelijk antwoord mogelijk/).waitFor();
    await page.getByRole('textbox', { name: 'Uw notitie' }).fill('Vraag over de afvalkalender beantwoord.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByText('Vraag over de afvalkalender beantwoord.').first().waitFor();
    await axe('telefoon');

    await page
      .getByRole('link', { name: /^Inbox/ })
      .first()
      .click();
    const email = await gesprekVan('email');
    await page.locator(`a[data-gesprek="${email.id}"]`).click();
    await page.getByText('Ik heb een vraag over de aanslag gemeentelijke belastingen.').first().waitFor();
    expect(await inView()).toBe(true);
    await axe('email');
  });

  it('finds yesterday’s closed conversation by a word in it', async () => {
    const zoek = page.getByRole('searchbox', { name: 'Zoek in gesprekken en inwoners' });
    await zoek.fill('Kastanjelaan');
    await zoek.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “Kastanjelaan”' }).waitFor();
    const hit = page.getByRole('link', { name: /^De boom voor Kastanjelaan 3/ });
    await hit.waitFor();
    expect(await page.getByText('Afgehandeld', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    await axe('zoeken');
    await hit.click();
    await page.getByRole('heading', { level: 1, name: /^De boom voor Kastanjelaan 3/ }).waitFor();
    expect(await page.getByText('De boom voor Kastanjelaan 3 hangt over de stoep en raakt de bus.').count()).toBeGreaterThanOrEqual(1);
    await axe('gisteren');
  });

  it('at the end of her shift the team lead hands one of her chats to an available colleague', async () => {
    await page
      .getByRole('link', { name: /^Inbox/ })
      .first()
      .click();
    await page.locator(`a[data-gesprek="${chats[1]}"]`).click();
    await page.getByRole('button', { name: 'Zelf oppakken' }).click();
    await expect
      .poll(
        async () =>
          (await h.t.database.db.selectFrom('gesprek').select('status').where('id', '=', chats[1]!).executeTakeFirstOrThrow()).status,
      )
      .toBe('toegewezen');
    const bram = await h.t.login(['kcc'], 'bram-dienst');
    const aanwezig = await h.t.app.inject({
      method: 'PUT',
      url: '/api/aanwezigheid',
      headers: bram.headers,
      payload: { status: 'beschikbaar', kanalen: ['webchat'] },
    });
    expect(aanwezig.statusCode, aanwezig.body).toBe(200);
    await createMedewerker(h.t.database.db, {
      gebruikersnaam: 'lotte-dienst',
      naam: 'Lotte Bakker',
      wachtwoord: TEST_PASSWORD,
      rollen: ['teamleider'],
      teams: ['KCC'],
    });

    const lead = await h.logIn('lotte-dienst', VIEWPORT);
    await lead.evaluate(() => (location.hash = '#/teamleider'));
    await lead.getByText('Eén gesprek van Fenna Smit overdragen').click();
    const keuze = lead.getByRole('form', { name: 'Eén gesprek van Fenna Smit overdragen' });
    await keuze.getByRole('combobox', { name: 'Aan collega' }).selectOption({ label: 'Test bram-dienst' });
    expect((await accessibilityViolations(lead)).join('\n')).toBe('');
    await screenshot(lead, 'dienst-teamleider-overdragen');
    await keuze.getByRole('button', { name: 'Overdragen' }).click();
    await lead.getByText('Het gesprek van Fenna Smit is overgedragen aan Test bram-dienst.').waitFor();
    const gesprek = await h.t.database.db
      .selectFrom('gesprek')
      .select('toegewezen_aan')
      .where('id', '=', chats[1]!)
      .executeTakeFirstOrThrow();
    expect(gesprek.toegewezen_aan).toBe(bram.medewerkerId);
    await lead.context().close();
  });
});
