import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKennisbank, parseKennisbank } from '../src/knowledge/kennisbank-io.ts';
import { systemContext } from '../src/platform/system-context.ts';
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
    await importKennisbank(
      h.t.database.db,
      systemContext('test'),
      parseKennisbank(JSON.parse(readFileSync(new URL('../lindendaal/kennisbank.json', import.meta.url), 'utf8'))),
    );
    await createMedewerker(h.t.database.db, {
      gebruikersnaam: 'sanne',
      naam: 'Sanne de Vries',
      wachtwoord: TEST_PASSWORD,
      rollen: ['kcc'],
      teams: ['KCC'],
    });
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
    await expect
      .poll(async () => {
        const last = await page.getByText('Bericht 12:').boundingBox();
        return last!.y + last!.height <= draad!.y + draad!.height;
      })
      .toBe(true);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'werkdag-gesprek-1366');
  });

  it('new work shows as a count beside Inbox and in the tab title, with a short sound', async () => {
    const page = await h.logIn('sanne', VIEWPORT);
    // Counts the tones the desktop makes (WebAudio oscillators); there is no sound card here.
    await page.evaluate(() => {
      const w = window as unknown as { tonen: number };
      w.tonen = 0;
      const original = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function (this: AudioContext) {
        w.tonen++;
        return original.call(this);
      };
    });
    const teller = page.getByTestId('inbox-teller');
    await expect.poll(() => teller.textContent()).toBe('1, 1 wachtend gesprek');
    expect(await page.title()).toBe('(1) Inbox — Loket — werkplek');
    expect(await page.evaluate(() => (window as unknown as { tonen: number }).tonen)).toBe(0); // nothing on load

    await h.t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'e2e-werkdag-nieuw',
      afzender: null,
      draad: { externeId: 'e2e-werkdag-nieuw' },
      tekst: 'Wanneer wordt het grofvuil opgehaald?',
    });
    await expect.poll(() => page.title()).toBe('(2) Inbox — Loket — werkplek');
    expect(await teller.textContent()).toBe('2, 2 wachtende gesprekken');
    await expect.poll(() => page.evaluate(() => (window as unknown as { tonen: number }).tonen)).toBe(2);

    // Switched off, the next new work is silent; the choice is kept on this computer.
    await page.getByText('Meldingen', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Geluid bij nieuw werk' }).uncheck();
    expect(await page.evaluate(() => localStorage.getItem('loket.geluid'))).toBe('uit');
    await h.t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'e2e-werkdag-stil',
      afzender: null,
      draad: { externeId: 'e2e-werkdag-stil' },
      tekst: 'Is het stadhuis morgen open?',
    });
    await expect.poll(() => page.title()).toBe('(3) Inbox — Loket — werkplek');
    expect(await page.evaluate(() => (window as unknown as { tonen: number }).tonen)).toBe(2);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'werkdag-inbox-teller');
  });

  it('a closed conversation is found again by a word in it, and listed with the closed ones', async () => {
    const received = await h.t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'e2e-werkdag-dicht',
      afzender: null,
      draad: { externeId: 'e2e-werkdag-dicht' },
      tekst: 'Mijn parkeervergunning voor de Kastanjelaan verloopt volgende week.',
    });
    const sanne = await h.t.login(['kcc'], 'sanne-api');
    const dicht = await h.t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${received.processed!.gesprekId}/afhandelen`,
      headers: sanne.headers,
    });
    expect(dicht.statusCode, dicht.body).toBeLessThan(300);

    const page = await h.logIn('sanne', VIEWPORT);
    await page.getByRole('searchbox', { name: 'Zoek in gesprekken en inwoners' }).fill('parkeervergunningen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor “parkeervergunningen”' }).waitFor();
    const hit = page.getByRole('link', { name: /^Mijn parkeervergunning/ });
    await hit.waitFor();
    expect(await page.getByText('Afgehandeld', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByText(/laatste bericht \d{1,2} [a-z]+ \d{4}/).count()).toBe(1);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'werkdag-zoeken');
    await hit.click();
    await page.getByRole('heading', { level: 1, name: /^Mijn parkeervergunning/ }).waitFor();

    await page.evaluate(() => (location.hash = '#/inbox'));
    await page.getByRole('link', { name: 'Afgehandelde gesprekken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Afgehandelde gesprekken' }).waitFor();
    await page.getByRole('link', { name: /^Mijn parkeervergunning/ }).waitFor();
  });

  it('the wrap-up topic is a choice from the kennisbank, starting on the topic Loket detected', async () => {
    const page = await h.logIn('sanne', VIEWPORT);
    await page.evaluate((id) => (location.hash = `#/gesprek/${id}`), gesprekId);
    await page.getByRole('button', { name: 'Afhandelen' }).click();
    const onderwerp = page.getByRole('combobox', { name: 'Onderwerp' });
    await expect.poll(() => onderwerp.inputValue()).toBe('afval');
    expect(await page.getByText('Loket herkende het onderwerp Afval').count()).toBe(1);
    expect(await onderwerp.getByRole('option', { name: 'Openbare ruimte' }).count()).toBe(1);
    await onderwerp.selectOption({ label: 'Anders, namelijk…' });
    await page.getByRole('textbox', { name: 'Ander onderwerp' }).fill('Bladkorf');
    await onderwerp.selectOption({ label: 'Afval' });
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await page.getByRole('button', { name: 'Vastleggen en afhandelen' }).click();
    await expect.poll(() => page.locator('.loket-status').textContent()).toBe('Afgehandeld');
    const contact = await h.t.database.db
      .selectFrom('gesprek')
      .innerJoin('klantcontact', 'klantcontact.id', 'gesprek.klantcontact_id')
      .select('klantcontact.hoofd_onderwerp_type')
      .where('gesprek.id', '=', gesprekId)
      .executeTakeFirstOrThrow();
    expect(contact.hoofd_onderwerp_type).toBe('afval');
  });

  it('knowledge suggestions follow the conversation from one topic to another; the Lindelaan werkinstructie opens in full', async () => {
    const say = (i: number, tekst: string) =>
      h.t.app.pipeline.receive({
        kanaal: 'webchat',
        kanaalBerichtId: `e2e-werkdag-kennis-${i}`,
        afzender: null,
        draad: { externeId: 'e2e-werkdag-kennis' },
        tekst,
      });
    const first = await say(1, 'Er staat dit jaar geen bladkorf in de Lindelaan, terwijl er veel blad valt. Komt die nog?');
    const page = await h.logIn('sanne', VIEWPORT);
    await page.evaluate((id) => (location.hash = `#/gesprek/${id}`), first.processed!.gesprekId);
    const kennis = page.getByRole('region', { name: 'Kennisbank' });
    const eerste = () => kennis.getByRole('heading', { level: 3 }).first().textContent();
    await expect.poll(eerste).toMatch(/bladkor[fv]/i);

    // Asking for a person is no new topic: the suggestions stay on the leaf basket.
    await say(2, 'Ik wil graag een medewerker spreken.');
    await page.getByText('Ik wil graag een medewerker spreken.').waitFor();
    await expect.poll(eerste).toMatch(/bladkor[fv]/i);
    expect(await kennis.getByRole('heading', { name: /agressieve/i }).count()).toBe(0);

    await kennis.getByRole('button', { name: 'Lees: Werkinstructie: bladkorven – uitleg keuzes 2026' }).click();
    await kennis.getByRole('heading', { level: 3, name: /Werkinstructie: bladkorven – uitleg keuzes 2026/ }).waitFor();
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'werkdag-werkinstructie');
    await kennis.getByRole('button', { name: 'Terug naar de suggesties' }).click();

    await say(3, 'Andere vraag: hoe vraag ik een parkeervergunning voor bewoners aan? Ik heb een nieuwe auto.');
    // The first suggestion is now about parking; the leaf basket stays further down.
    await expect.poll(eerste).toMatch(/^Parke/);
    expect(await kennis.getByRole('heading', { level: 3, name: /bladkor[fv]/i }).count()).toBeGreaterThan(0);
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
  });

  it('warns when a colleague has the same conversation open, on both desktops', async () => {
    await createMedewerker(h.t.database.db, {
      gebruikersnaam: 'piet',
      naam: 'Piet Jansen',
      wachtwoord: TEST_PASSWORD,
      rollen: ['kcc'],
      teams: ['KCC'],
    });
    const received = await h.t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'e2e-werkdag-samen',
      afzender: null,
      draad: { externeId: 'e2e-werkdag-samen' },
      tekst: 'Kan ik mijn rijbewijs verlengen?',
    });
    const sanne = await h.logIn('sanne', VIEWPORT);
    await sanne.evaluate((id) => (location.hash = `#/gesprek/${id}`), received.processed!.gesprekId);
    await sanne.getByRole('textbox', { name: 'Uw antwoord' }).waitFor();
    const piet = await h.logIn('piet', VIEWPORT);
    await piet.evaluate((id) => (location.hash = `#/gesprek/${id}`), received.processed!.gesprekId);
    await piet.getByText('Let op: Sanne de Vries heeft dit gesprek ook open. Spreek af wie antwoordt.').waitFor();
    await sanne.getByText('Let op: Piet Jansen heeft dit gesprek ook open. Spreek af wie antwoordt.').waitFor();
    expect((await accessibilityViolations(sanne)).join('\n')).toBe('');
    await screenshot(sanne, 'werkdag-meekijker');
    // Piet goes back to his inbox: Sanne's warning goes.
    await piet.evaluate(() => (location.hash = '#/inbox'));
    await expect.poll(() => sanne.getByText(/Piet Jansen heeft dit gesprek ook open/).count()).toBe(0);
  });

  it('the team lead hands an agent’s conversations back to the queue from the team overview', async () => {
    await createMedewerker(h.t.database.db, {
      gebruikersnaam: 'lotte',
      naam: 'Lotte Bakker',
      wachtwoord: TEST_PASSWORD,
      rollen: ['teamleider'],
      teams: ['KCC'],
    });
    const kees = await h.t.login(['kcc'], 'kees-werkdag');
    const received = await h.t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'e2e-werkdag-kees',
      afzender: null,
      draad: { externeId: 'e2e-werkdag-kees' },
      tekst: 'Waar kan ik mijn grofvuil kwijt?',
    });
    expect(
      (
        await h.t.app.inject({
          method: 'POST',
          url: `/api/gesprekken/${received.processed!.gesprekId}/toewijzing`,
          headers: kees.headers,
          payload: {},
        })
      ).statusCode,
    ).toBe(204);

    const page = await h.logIn('lotte', VIEWPORT);
    await page.evaluate(() => (location.hash = '#/teamleider'));
    const knop = page.getByRole('button', { name: 'Gesprek van Test kees-werkdag teruggeven aan de wachtrij' });
    await knop.click();
    await page.getByText('Eén gesprek van Test kees-werkdag terug in de wachtrij; beschikbare collega’s krijgen ze toegewezen.').waitFor();
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    const row = await h.t.database.db
      .selectFrom('gesprek')
      .select(['status', 'toegewezen_aan'])
      .where('id', '=', received.processed!.gesprekId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'open', toegewezen_aan: null });
  });

  it('a phone call offers no written answer, only a note', async () => {
    const call = await h.t.app.pipeline.receive({
      kanaal: 'telefoon',
      kanaalBerichtId: 'e2e-werkdag-call',
      afzender: { soort: 'telefoonnummer', adres: '+31612345678' },
      draad: { externeId: 'e2e-werkdag-call' },
      tekst: 'Inwoner belt over de afvalkalender.',
    });
    const page = await h.logIn('sanne', VIEWPORT);
    await page.evaluate((id) => (location.hash = `#/gesprek/${id}`), call.processed!.gesprekId);
    await page.getByText(/^Geen schriftelijk antwoord mogelijk/).waitFor();
    expect(await page.getByRole('radio', { name: /Antwoord via/ }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Uw notitie' }).fill('Afvalkalender uitgelegd.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByText('Afvalkalender uitgelegd.').first().waitFor();
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
  });

  it('a reply template goes into the reply box with "/", its variables filled in where known', async () => {
    const lead = await h.t.login(['teamleider'], 'lead-werkdag');
    const nieuw = await h.t.app.inject({
      method: 'POST',
      url: '/api/antwoordsjablonen',
      headers: lead.headers,
      payload: { titel: 'Groet', tekst: 'Goedemiddag {{naam}}, u spreekt met {{medewerker}}.' },
    });
    expect(nieuw.statusCode, nieuw.body).toBe(201);
    const received = await h.t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: 'e2e-werkdag-sjabloon',
      afzender: null,
      draad: { externeId: 'e2e-werkdag-sjabloon' },
      tekst: 'Hallo, ik heb een vraag over mijn paspoort.',
    });

    const page = await h.logIn('sanne', VIEWPORT);
    await page.evaluate((id) => (location.hash = `#/gesprek/${id}`), received.processed!.gesprekId);
    const reply = page.getByRole('textbox', { name: 'Uw antwoord' });
    await reply.click();
    await reply.pressSequentially('/gro');
    const keuze = page.getByRole('button', { name: /^Groet/ });
    await keuze.waitFor();
    expect((await accessibilityViolations(page)).join('\n')).toBe('');
    await screenshot(page, 'werkdag-sjabloon');
    await reply.press('ArrowDown');
    await expect.poll(() => keuze.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => reply.inputValue()).toBe('Goedemiddag {{naam}}, u spreekt met Sanne de Vries.');
    await expect.poll(() => reply.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await keuze.count()).toBe(0);
  });
});
