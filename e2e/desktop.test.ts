import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../src/auth/medewerkers.service.ts';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, launchBrowser, screenshot } from './browser.ts';
import { freePort } from './desktop-harness.ts';

function municipalitySite(loketUrl: string): Promise<Server> {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bladkorven — Gemeente Lindendaal</title></head>
<body><main><h1>Bladkorven</h1></main><script src="${loketUrl}/widget/chat.js" defer></script></body></html>`;
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasChromium)('the agent desktop in a real browser', () => {
  let t: TestApp;
  let loketUrl: string;
  let site: Server;
  let browser: Browser;
  let agent: Session;
  const agentName = 'anna';

  beforeAll(async () => {
    // Builds dist/web only when missing or older than the sources (the same step as `npm start`).
    execFileSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
    const port = await freePort();
    loketUrl = `http://127.0.0.1:${port}`;
    t = await createTestApp({ PUBLIC_URL: loketUrl });
    await t.app.listen({ port, host: '127.0.0.1' });
    site = await municipalitySite(loketUrl);
    agent = await t.login(['kcc', 'teamleider'], agentName);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    site?.close();
    await t?.close();
  });

  const api = async <T>(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await t.app.inject({ method, url, headers: agent.headers, payload });
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.json<T>();
  };
  const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');

  it('serves the desktop at / and keeps server paths as they were', async () => {
    const index = await fetch(`${loketUrl}/`);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('<div id="root">');
    expect((await fetch(`${loketUrl}/een/pagina`)).headers.get('content-type')).toContain('text/html');
    const api404 = await fetch(`${loketUrl}/api/bestaat-niet`);
    expect(api404.status).toBe(404);
    expect((await api404.json()).error.code).toBe('LOKET_ROUTE_NOT_FOUND');
    expect((await fetch(`${loketUrl}/widget/bestaat-niet.js`)).status).toBe(404);
    expect(await (await fetch(`${loketUrl}/health`)).json()).toEqual({ status: 'ok' });
  });

  it('a day in the life: log in, take a live chat, find and verify the citizen, read the history, answer, hand over, close', async () => {
    // The citizen, an earlier phone call about the same verzoek, before today's chat.
    const partij = await api<{ id: string }>('POST', '/api/partijen', {
      soortPartij: 'persoon',
      voornaam: 'Jan',
      achternaam: 'Bakker',
      geboortedatum: '1980-04-12',
      bezoekadres: { straatnaam: 'Lindelaan', huisnummer: 4, postcode: '1234 AB', stad: 'Lindendaal' },
      digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'j.bakker@example.nl' }],
    });
    const verzoek = await api<{ id: string }>('POST', '/api/verzoeken', { partijId: partij.id, onderwerp: 'Bladkorf in de Lindelaan' });
    await api('POST', '/api/klantcontacten', {
      kanaal: 'telefoon',
      onderwerp: 'Vraag naar bladkorf Lindelaan',
      inhoud: 'Belt of er een bladkorf komt; doorgezet naar Buitenruimte.',
      plaatsgevondenOp: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      verzoekId: verzoek.id,
      betrokkenen: [{ partijId: partij.id, rol: 'klant', initiator: true }],
    });
    // The back-office colleague who will place the bladkorf.
    const bea = await createMedewerker(t.database.db, {
      gebruikersnaam: 'bea',
      naam: 'Bea de Boer',
      rollen: ['backoffice'],
      teams: ['Buitenruimte'],
    });

    // The agent logs in through the form (login screen passes axe first).
    const desk = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await desk.goto(loketUrl);
    await desk.getByRole('heading', { level: 1, name: 'Inloggen bij Loket' }).waitFor();
    expect(await desk.getByRole('link', { name: 'Inloggen met uw organisatieaccount' }).count()).toBe(0); // no OIDC configured
    expect(await violations(desk)).toBe('');
    await desk.getByLabel('Gebruikersnaam').fill(agentName);
    await desk.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
    await desk.getByRole('button', { name: 'Inloggen' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await expect.poll(() => desk.getByText('Live verbonden').count()).toBe(1);
    await desk.getByRole('button', { name: 'Beschikbaar' }).click();
    await expect.poll(() => desk.getByRole('button', { name: 'Beschikbaar' }).getAttribute('aria-pressed')).toBe('true');
    expect((await api<{ status: string }>('GET', '/api/aanwezigheid')).status).toBe('beschikbaar');

    // A citizen chats from the municipality's website.
    const citizen = await (await browser.newContext()).newPage();
    await citizen.goto(`http://localhost:${(site.address() as AddressInfo).port}/afval/bladkorven`);
    await citizen.getByRole('button', { name: 'Chat met de gemeente' }).click();
    await citizen.getByLabel('Uw bericht').fill('Komt de bladkorf nog in de Lindelaan?');
    await citizen.getByLabel('Uw bericht').press('Enter');

    // It appears in the inbox without a reload, and is announced.
    const row = desk.getByRole('row').filter({ hasText: 'Webchat' });
    await row.first().waitFor({ timeout: 15_000 });
    const gesprekId = (await row.first().getByRole('link').getAttribute('href'))!.split('/').pop()!;
    await expect.poll(() => desk.getByTestId('announcer').textContent()).toContain('Nieuw bericht via Webchat');
    await screenshot(desk, 'desktop-inbox');
    expect(await violations(desk)).toBe('');

    // Keyboard: j selects the first gesprek, Enter opens it; focus lands on the new h1.
    await desk.keyboard.press('j');
    await desk.keyboard.press('Enter');
    await desk.getByRole('heading', { level: 1, name: 'Komt de bladkorf nog in de Lindelaan?' }).waitFor();
    await expect.poll(() => desk.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await desk.getByRole('button', { name: 'Zelf oppakken' }).click();
    await expect.poll(() => desk.locator('.loket-status').textContent()).toBe('Toegewezen');

    // The web chat is anonymous: the agent finds the citizen and links them to the gesprek.
    await desk.getByRole('heading', { level: 2, name: 'Inwoner zoeken of registreren' }).waitFor();
    const zoeken = desk.getByRole('search', { name: 'Zoeken op' });
    await zoeken.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => desk.getByRole('alert').textContent()).toContain('minstens één zoekveld');
    await zoeken.getByLabel('Naam').fill('Bakker');
    await zoeken.getByLabel('Postcode').fill('1234AB');
    await zoeken.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => desk.getByRole('status').filter({ hasText: 'gevonden' }).textContent()).toBe('1 inwoner gevonden.');
    expect(await violations(desk)).toBe('');
    await desk.getByRole('button', { name: 'Koppel Jan Bakker aan dit gesprek' }).click();

    // Masked until verified; a wrong postcode is refused, the right one unmasks the partij.
    await desk.getByRole('heading', { name: 'Identiteit controleren' }).waitFor();
    await expect.poll(() => desk.evaluate(() => document.activeElement?.id)).toBe('verificatie-titel');
    expect((await api<{ partijId: string }>('GET', `/api/gesprekken/${gesprekId}`)).partijId).toBe(partij.id);
    // The questions, not the BRP search beside them (this server has no BRP source).
    const vragen = desk.getByRole('form', { name: 'Identiteit controleren' });
    await vragen.getByLabel('Naam', { exact: true }).fill('Jan Bakker');
    await vragen.getByLabel('Geboortedatum').fill('1980-04-12');
    await vragen.getByLabel('Postcode').fill('9999 ZZ');
    await vragen.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => desk.getByRole('alert').textContent()).toContain('komen niet overeen');
    await vragen.getByLabel('Postcode').fill('1234AB');
    await vragen.getByRole('button', { name: 'Controleren' }).click();
    await desk.getByRole('heading', { level: 2, name: /Jan Bakker/ }).waitFor();

    // The chat is about the open verzoek of the earlier phone call: the agent links it.
    const verzoekPanel = desk.getByRole('region', { name: 'Verzoek', exact: true });
    await verzoekPanel.getByRole('radio', { name: 'Bladkorf in de Lindelaan' }).check();
    await verzoekPanel.getByRole('button', { name: 'Koppelen' }).click();
    await expect.poll(() => verzoekPanel.textContent()).toContain('hoort bij het verzoek: Bladkorf in de Lindelaan');
    const gesprek = await api<{ klantcontactId: string }>('GET', `/api/gesprekken/${gesprekId}`);
    expect((await api<{ verzoekId: string }>('GET', `/api/klantcontacten/${gesprek.klantcontactId}`)).verzoekId).toBe(verzoek.id);

    // The earlier phone call on the same verzoek, collapsed above the messages.
    const earlier = desk.locator('details.loket-earlier');
    await earlier.locator('summary').click();
    await expect.poll(() => earlier.textContent()).toContain('Vraag naar bladkorf Lindelaan');
    expect(await earlier.textContent()).toContain('Zelfde verzoek');
    expect(await desk.getByRole('log', { name: 'Berichten' }).textContent()).toContain('Komt de bladkorf nog');

    // Reply with r and Ctrl+Enter; the citizen sees it in the widget.
    await desk.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await desk.keyboard.press('r');
    await expect.poll(() => desk.evaluate(() => document.activeElement?.id)).toBe('antwoord-tekst');
    await desk.keyboard.type('De bladkorf komt volgende week in de Lindelaan.');
    await desk.keyboard.press('Control+Enter');
    await expect.poll(() => desk.getByRole('log', { name: 'Berichten' }).textContent()).toContain('volgende week');
    await expect.poll(() => citizen.getByRole('log').textContent(), { timeout: 15_000 }).toContain('De bladkorf komt volgende week');
    await desk.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await desk.keyboard.press('n');
    await expect.poll(() => desk.getByLabel('Uw notitie').count()).toBe(1);
    await desk.keyboard.type('Inwoner tevreden.');
    await desk.getByRole('button', { name: 'Notitie opslaan' }).click();
    await expect.poll(() => desk.locator('.loket-message--notitie').count()).toBe(1);
    await desk.evaluate(() => scrollTo(0, 0));
    await screenshot(desk, 'desktop-gesprek');
    expect(await violations(desk)).toBe('');

    // Record the topic, hand a contactverzoek to the back-office colleague, and close.
    await desk.getByRole('button', { name: 'Afhandelen' }).click();
    await expect.poll(() => desk.evaluate(() => document.activeElement?.id)).toBe('afhandeling-titel');
    await desk.getByLabel('Onderwerp', { exact: true }).fill('Afval');
    await desk.getByLabel('Resultaat').selectOption({ label: 'Contactverzoek uitgezet' });
    const ontvanger = desk.getByLabel('Voor wie is het contactverzoek?');
    await expect.poll(() => ontvanger.getByRole('option', { name: 'Bea de Boer' }).count()).toBe(1);
    await desk.getByRole('button', { name: 'Vastleggen en afhandelen' }).click();
    await expect.poll(() => desk.getByRole('alert').textContent()).toContain('Kies voor wie');
    expect(await ontvanger.getAttribute('aria-invalid')).toBe('true');
    await ontvanger.selectOption({ label: 'Bea de Boer' });
    await desk.getByLabel('Gevraagde handeling').fill('Bladkorf plaatsen in de Lindelaan');
    expect(await violations(desk)).toBe('');
    await desk.getByRole('button', { name: 'Vastleggen en afhandelen' }).click();
    await expect.poll(() => desk.locator('.loket-status').textContent()).toBe('Afgehandeld');
    expect((await api<{ status: string }>('GET', `/api/gesprekken/${gesprekId}`)).status).toBe('afgehandeld');
    // Other notices (the verzoek link) may still stand on the page; look for the wrap-up's own.
    await expect.poll(() => desk.locator('.loket-notice', { hasText: 'afhandeling is vastgelegd' }).count()).toBe(1);
    const taken = await t.database.db
      .selectFrom('interne_taak_actor')
      .innerJoin('interne_taak', 'interne_taak.id', 'interne_taak_actor.interne_taak_id')
      .select(['interne_taak.gevraagde_handeling'])
      .where('interne_taak_actor.actor_id', '=', bea.actorId)
      .execute();
    expect(taken).toEqual([{ gevraagde_handeling: 'Bladkorf plaatsen in de Lindelaan' }]);

    // The team lead view: charts with a table as text alternative.
    await desk.goto(`${loketUrl}/#/teamleider`);
    await desk.getByRole('heading', { level: 1, name: 'Teamoverzicht' }).waitFor();
    await desk.getByRole('heading', { level: 2, name: 'Medewerkers' }).waitFor();
    expect(await desk.getByRole('row').filter({ hasText: 'Test anna' }).textContent()).toContain('Beschikbaar');
    expect(await desk.getByRole('img', { name: /Aantal contacten/ }).getAttribute('aria-label')).toContain('Webchat');
    await screenshot(desk, 'desktop-teamleider');
    expect(await violations(desk)).toBe('');

    // English as second language.
    await desk.getByRole('button', { name: 'Switch to English' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Team overview' }).waitFor();
  }, 120_000);
});
