import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, gesprekPartijId, type Session, type TestApp } from '../src/test/test-app.ts';
import { TestSocket } from '../src/test/ws-client.ts';
import { accessibilityViolations, hasChromium, launchBrowser, screenshot } from './browser.ts';

/** The municipality's website, on another origin than Loket, with the one script tag. */
function municipalitySite(loketUrl: string): Promise<Server> {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Bladkorven — Gemeente Lindendaal</title></head>
<body><main><h1>Bladkorven</h1><p>Van oktober tot half december staan er bladkorven in veel straten.</p></main>
<script src="${loketUrl}/widget/chat.js" defer></script></body></html>`;
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasChromium)('the chat widget in a real browser', () => {
  let t: TestApp;
  let agent: Session;
  let agentSocket: TestSocket;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const loketUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    site = await municipalitySite(loketUrl);
    siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/afval/bladkorven`;
    agent = await t.login(['kcc']);
    agentSocket = await TestSocket.open(`${loketUrl.replace('http', 'ws')}/api/realtime`, { cookie: agent.cookie });
    await agentSocket.next((f) => f.type === 'verbonden');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    agentSocket?.close();
    site?.close();
    await t?.close();
  });

  it('chats with an available agent, survives a reload, and passes an axe scan', async () => {
    await t.app.inject({ method: 'PUT', url: '/api/aanwezigheid', headers: agent.headers, payload: { status: 'beschikbaar' } });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.getByRole('button', { name: 'Chat met de gemeente' }).click();
    const input = page.getByLabel('Uw bericht');
    await expect.poll(() => input.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await input.fill('Komt er een bladkorf in de Lindelaan?');
    await input.press('Enter');

    const event = await agentSocket.next((f) => f.type === 'bericht.nieuw' && JSON.stringify(f).includes('Lindelaan'));
    const gesprekId = (event.data as { gesprekId: string }).gesprekId;
    const gesprek = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}`, headers: agent.headers })).json();
    expect(gesprek.metadata.paginaUrl).toBe(siteUrl);

    await t.app.inject({ method: 'POST', url: `/api/gesprekken/${gesprekId}/typen`, headers: agent.headers });
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('aan het typen');
    await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprekId}/berichten`,
      headers: agent.headers,
      payload: { tekst: 'De Lindelaan is te smal voor de wagen; u kunt blad kwijt bij de Beukenlaan.' },
    });
    const log = page.getByRole('log');
    await expect.poll(() => log.textContent()).toContain('te smal voor de wagen');
    await screenshot(page, 'widget-gesprek');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await expect.poll(() => page.getByRole('log').textContent()).toContain('te smal voor de wagen');
    const items = await page.getByRole('log').getByRole('listitem').allTextContents();
    expect(items.filter((text) => text.includes('Komt er een bladkorf'))).toHaveLength(1);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('button', { name: 'Chat met de gemeente' }).getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });

  it('offers to leave a message when nobody is available, and that message reaches the inbox', async () => {
    await t.app.inject({ method: 'PUT', url: '/api/aanwezigheid', headers: agent.headers, payload: { status: 'pauze' } });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.getByRole('button', { name: 'Chat met de gemeente' }).click();
    await expect.poll(() => page.getByText('geen medewerker beschikbaar').count()).toBe(1);
    await screenshot(page, 'widget-niemand-beschikbaar');
    await page.getByRole('button', { name: 'Bericht achterlaten' }).click({ timeout: 5000 });
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Schrijf uw bericht');
    await page.getByRole('textbox', { name: 'Uw bericht' }).fill('Graag terugbellen over mijn container.');
    await page.getByRole('button', { name: 'Bericht achterlaten' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('e-mailadres of telefoonnummer');
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill('j.bakker@example.nl');
    await page.getByRole('button', { name: 'Bericht achterlaten' }).click();
    await expect.poll(() => page.getByText('We hebben uw bericht ontvangen').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    const event = await agentSocket.next((f) => f.type === 'bericht.nieuw' && JSON.stringify(f).includes('container'));
    // The stored link: before verification the server names no partij to a kcc agent.
    const partijId = await gesprekPartijId(t.database, (event.data as { gesprekId: string }).gesprekId);
    expect(partijId).toEqual(expect.any(String));
    const partij = (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}`, headers: agent.headers })).json();
    expect(partij.digitaleAdressen[0].adres).toBe('j.bakker@example.nl');
    await context.close();
  });
});
