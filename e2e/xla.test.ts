import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verstuurEnquetes } from '../src/xla/enquete.service.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

/** The municipality's website, on another origin than Loket, with the widget's one script tag. */
function municipalitySite(loketUrl: string): Promise<Server> {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Afval — Gemeente Lindendaal</title></head>
<body><main><h1>Afval</h1><p>Grofvuil laten ophalen.</p></main><script src="${loketUrl}/widget/chat.js" defer></script></body></html>`;
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Issue 15, experience levels: a citizen chats, the agent closes the chat, the survey appears in
 * the widget and the answer counts in the team lead's XLA figures (API and #/xla page).
 */
describe.skipIf(!hasChromium)("the XLA survey and the team lead's figures", () => {
  let h: DesktopHarness;
  let site: Server;
  const vandaag = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

  beforeAll(async () => {
    h = await startDesktop({ ENQUETE_KANALEN: 'webchat' });
    site = await municipalitySite(h.url);
    await h.t.login(['teamleider'], 'tineke');
  });
  afterAll(async () => {
    site?.close();
    await h?.close();
  });

  it('asks the citizen in the widget after the agent closed the chat, and counts the answer', async () => {
    const agent = await h.t.login(['kcc']);
    await h.t.app.inject({ method: 'PUT', url: '/api/aanwezigheid', headers: agent.headers, payload: { status: 'beschikbaar' } });
    const page = await (await h.browser.newContext()).newPage();
    await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/afval`);
    await page.getByRole('button', { name: 'Chat met de gemeente' }).click();
    await page.getByLabel('Uw bericht').fill('Wanneer halen jullie grofvuil op?');
    await page.getByLabel('Uw bericht').press('Enter');

    const db = h.t.database.db;
    await expect
      .poll(async () => (await db.selectFrom('gesprek').select('id').where('kanaal', '=', 'webchat').executeTakeFirst())?.id, {
        timeout: 10_000,
      })
      .toBeTruthy();
    const { id } = await db.selectFrom('gesprek').select('id').where('kanaal', '=', 'webchat').executeTakeFirstOrThrow();
    await h.t.app.inject({
      method: 'POST',
      url: `/api/gesprekken/${id}/berichten`,
      headers: agent.headers,
      payload: { tekst: 'U kunt een afspraak maken via de website.' },
    });
    const closed = await h.t.app.inject({ method: 'POST', url: `/api/gesprekken/${id}/afhandelen`, headers: agent.headers });
    expect(closed.statusCode).toBe(200);
    // The survey job (kicked by the close in production; tests run jobs by hand).
    expect(await verstuurEnquetes(db, h.t.config.xla, { now: new Date(), publicUrl: h.url, kickDelivery: () => undefined })).toBe(1);

    const score = page.getByRole('group', { name: 'Hoe tevreden bent u over het contact?' });
    await score.waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Verstuur uw mening' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Kies hoe tevreden' }).count()).toBe(1);
    await score.getByLabel('4 – tevreden').check();
    await page.getByRole('group', { name: 'Is uw vraag beantwoord?' }).getByLabel('Ja').check();
    await page.getByLabel('Wilt u nog iets kwijt? (niet verplicht)').fill('Snel antwoord, dank u.');
    await screenshot(page, 'widget-enquete');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Verstuur uw mening' }).click();
    await expect.poll(() => page.getByText('Bedankt voor uw mening.').count()).toBe(1);

    const stored = await db
      .selectFrom('enquete')
      .select(['tevredenheid', 'vraag_beantwoord', 'opmerking'])
      .where('gesprek_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ tevredenheid: 4, vraag_beantwoord: true, opmerking: 'Snel antwoord, dank u.' });
    const lead = await h.t.login(['teamleider']);
    const report = await h.t.app.inject({
      method: 'GET',
      url: `/api/rapportage/xla?van=${vandaag()}&tot=${vandaag()}`,
      headers: lead.headers,
    });
    expect(report.json().kanalen).toEqual([
      expect.objectContaining({ kanaal: 'webchat', contacten: 1, enquetes: 1, csatGemiddeld: 4, csatTevreden: 1 }),
    ]);
  });

  it('shows the team lead the figures on #/xla, as a table and per week, without axe violations', async () => {
    const page = await h.logIn('tineke');
    await page.getByRole('link', { name: 'Klantervaring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klantervaring (XLA)' }).waitFor();
    const table = page.getByRole('table', { name: 'Cijfers per kanaal' });
    await table.waitFor();
    const row = table.getByRole('row', { name: /Webchat/ });
    await expect.poll(() => row.textContent()).toContain('4,0');
    expect(await row.textContent()).toContain('100%');
    await page.getByRole('img', { name: /Gemiddelde tevredenheid per week/ }).waitFor();
    await screenshot(page, 'desktop-xla');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
