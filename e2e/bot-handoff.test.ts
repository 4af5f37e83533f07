import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKennisbank, parseKennisbank } from '../src/knowledge/kennisbank-io.ts';
import { assignWaiting } from '../src/routing/assignment.ts';
import { systemContext } from '../src/platform/system-context.ts';
import { createTestApp, type Session, type TestApp } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, launchBrowser, screenshot } from './browser.ts';

const KENNISBANK = new URL('../lindendaal/kennisbank.json', import.meta.url);

describe.skipIf(!hasChromium)('the bot in the chat widget, and its handoff to an agent', () => {
  let t: TestApp;
  let agent: Session;
  let site: Server;
  let siteUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp();
    await importKennisbank(t.database.db, systemContext('test'), parseKennisbank(JSON.parse(readFileSync(KENNISBANK, 'utf8'))));
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const loketUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Afval — Gemeente Lindendaal</title></head><body><main><h1>Afval</h1></main><script src="${loketUrl}/widget/chat.js" defer></script></body></html>`;
    site = createServer((_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/afval`;
    agent = await t.login(['kcc']);
    await t.app.inject({
      method: 'PUT',
      url: '/api/aanwezigheid',
      headers: agent.headers,
      payload: { status: 'beschikbaar', kanalen: ['webchat'] },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    site?.close();
    await t?.close();
  });

  it('answers a question from the knowledge base, then hands over with the transcript when asked for a person', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(siteUrl);
    await page.getByRole('button', { name: 'Chat met de gemeente' }).click();
    const input = page.getByRole('textbox', { name: 'Uw bericht' });
    await input.fill('Hoe kan ik grofvuil laten ophalen?');
    await input.press('Enter');
    const log = page.getByRole('log');
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('Was dit antwoord nuttig?');
    const gesprek = await t.database.db
      .selectFrom('gesprek')
      .select(['id', 'toegewezen_aan'])
      .where('kanaal', '=', 'webchat')
      .executeTakeFirstOrThrow();
    const botAnswer = await t.database.db
      .selectFrom('bericht')
      .select(['metadata'])
      .where('gesprek_id', '=', gesprek.id)
      .where('richting', '=', 'uitgaand')
      .executeTakeFirstOrThrow();
    expect((botAnswer.metadata as { bot: { articleId: string } }).bot.articleId).toBe('grofvuil-laten-ophalen');
    // While the bot answers, no agent is given the chat.
    expect(await assignWaiting(t.database.db, { now: t.app.clock.now() })).toBe(0);

    await input.fill('ik wil een medewerker');
    await input.press('Enter');
    await expect.poll(() => log.textContent(), { timeout: 10_000 }).toContain('Ik verbind u door met een medewerker');
    await screenshot(page, 'widget-bot-doorverbinden');
    expect(await accessibilityViolations(page)).toEqual([]);

    expect(await assignWaiting(t.database.db, { now: t.app.clock.now() })).toBe(1);
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/inbox?filter=mijn', headers: agent.headers })).json().results;
    expect(inbox.map((g: { id: string }) => g.id)).toEqual([gesprek.id]);
    const transcript = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprek.id}`, headers: agent.headers })).json();
    expect(transcript.berichten.map((b: { richting: string }) => b.richting)).toEqual(['inkomend', 'uitgaand', 'inkomend', 'uitgaand']);
    expect(transcript.berichten[0].inhoud).toBe('Hoe kan ik grofvuil laten ophalen?');
    expect(transcript.berichten[1].afzender).toBe('Loket-bot');

    await t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${gesprek.id}/berichten`,
      headers: agent.headers,
      payload: { tekst: 'Goedemiddag, u spreekt met een medewerker. Waarmee kan ik helpen?' },
    });
    await expect.poll(() => log.textContent()).toContain('u spreekt met een medewerker');
    await context.close();
  });
});
