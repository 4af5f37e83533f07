import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../src/conversations/inbound.types.ts';
import { importKennisbank, parseKennisbank } from '../src/knowledge/kennisbank-io.ts';
import { systemContext } from '../src/platform/system-context.ts';
import type { Session, TestApp } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

const kennisbank = JSON.parse(readFileSync(resolve(import.meta.dirname, '../lindendaal/kennisbank.json'), 'utf8')) as {
  id: string;
  title: string;
  summary: string;
}[];
const bladkorven = kennisbank.find((a) => a.id === 'bladkorven-herfst')!;
const CALL = 'call-e2e-onthulling';

const email = (id: string, tekst: string, antwoordOp?: string): InboundMessage => ({
  kanaal: 'email',
  kanaalBerichtId: `<${id}@example.nl>`,
  afzender: { soort: 'email', adres: 'marieke.jansen@example.nl', naam: 'Marieke Jansen' },
  draad: antwoordOp ? { antwoordOp: [`<${antwoordOp}@example.nl>`] } : {},
  onderwerp: 'Bladkorven',
  tekst,
});

describe.skipIf(!hasChromium)(
  'an e-mail on the desktop with the bot’s draft, and a live disclosure warning on a call',
  { timeout: 60_000 },
  () => {
    let h: DesktopHarness;
    let t: TestApp;
    let agent: Session;
    let page: Page;
    let gesprekId: string;

    const violations = async () => (await accessibilityViolations(page)).join('\n');
    const messages = () => page.getByRole('log', { name: 'Berichten' });
    const draftPanel = () => page.getByRole('region', { name: 'Conceptantwoord van de bot' });
    const reply = () => page.getByLabel('Uw antwoord');
    const status = async (id: string) =>
      (await t.database.db.selectFrom('bot_concept').select('status').where('gesprek_id', '=', id).orderBy('aangemaakt_op').execute()).map(
        (c) => c.status,
      );

    beforeAll(async () => {
      h = await startDesktop();
      t = h.t;
      await importKennisbank(t.database.db, systemContext('test'), parseKennisbank(kennisbank));
      agent = await t.login(['kcc'], 'eva');
      const presence = await t.app.inject({
        method: 'PUT',
        url: '/api/aanwezigheid',
        headers: agent.headers,
        payload: { status: 'beschikbaar' },
      });
      expect(presence.statusCode, presence.body).toBe(200);
      page = await h.logIn('eva');
      page.on('pageerror', (error) => console.error('desktop:', error.message));
    }, 120_000);
    afterAll(async () => {
      await h?.close();
    });

    it('shows the bot’s draft with its article; the agent takes it over, edits and sends it', async () => {
      const { processed } = await t.app.pipeline.receive(
        email('blad-e2e', 'Goedemiddag, waar staan de bladkorven dit jaar in onze wijk? Met groet, Marieke'),
      );
      gesprekId = processed!.gesprekId;
      await page.goto(`${h.url}/#/gesprek/${gesprekId}`);
      await draftPanel().waitFor();
      expect(await draftPanel().getByText(`Gebaseerd op het kennisartikel: ${bladkorven.title}`).count()).toBe(1);
      expect(await draftPanel().getByTestId('botconcept-tekst').textContent()).toContain(bladkorven.summary);
      expect(await violations()).toBe('');
      await draftPanel().evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
      await screenshot(page, 'desktop-email-botconcept');

      await draftPanel().getByRole('button', { name: 'Overnemen in antwoord' }).click();
      await expect.poll(() => reply().inputValue()).toContain(bladkorven.summary);
      expect(await draftPanel().count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('antwoord-tekst');
      await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('Het conceptantwoord staat in uw antwoord');
      expect(await status(gesprekId)).toEqual(['overgenomen']);
      // Nothing went to the citizen yet: the bot never sends.
      expect(await messages().getByRole('listitem').count()).toBe(1);

      await reply().fill((await reply().inputValue()).replace('Met vriendelijke groet,', 'Met vriendelijke groet,\nEva, KCC Lindendaal'));
      await page.getByRole('button', { name: 'Versturen' }).click();
      await messages().getByRole('listitem').filter({ hasText: 'Eva, KCC Lindendaal' }).waitFor();
      expect(await messages().getByRole('listitem').filter({ hasText: bladkorven.summary }).count()).toBe(1);
      expect(await reply().inputValue()).toBe('');
      expect(await draftPanel().count()).toBe(0);
    });

    it('shows a new draft live when the citizen writes again, and discards it', async () => {
      const { processed } = await t.app.pipeline.receive(
        email('blad-e2e-2', 'Dank u. Wanneer worden de bladkorven weer neergezet?', 'blad-e2e'),
      );
      expect(processed!.gesprekId).toBe(gesprekId);
      await draftPanel().waitFor({ timeout: 15_000 });
      await messages().getByRole('listitem').filter({ hasText: 'weer neergezet' }).waitFor();
      expect(await violations()).toBe('');

      await draftPanel().getByRole('button', { name: 'Verwerpen' }).click();
      await expect.poll(() => draftPanel().count()).toBe(0);
      await expect.poll(() => page.getByTestId('announcer').textContent()).toContain('Het conceptantwoord is verworpen.');
      expect(await reply().inputValue()).toBe('');
      expect(await status(gesprekId)).toEqual(['overgenomen', 'verworpen']);
      const outgoing = await t.database.db
        .selectFrom('bericht')
        .select('inhoud')
        .where('gesprek_id', '=', gesprekId)
        .where('richting', '=', 'uitgaand')
        .execute();
      expect(outgoing).toHaveLength(1);
    });

    it('says so when a colleague judged the draft first, and puts nothing in the reply', async () => {
      await t.app.pipeline.receive(email('blad-e2e-3', 'Staat er ook een bladkorf bij de Lindelaan?', 'blad-e2e-2'));
      await draftPanel().waitFor({ timeout: 15_000 });
      const [draft] = await t.database.db
        .selectFrom('bot_concept')
        .select('id')
        .where('gesprek_id', '=', gesprekId)
        .where('status', '=', 'open')
        .execute();
      const colleague = await t.login(['kcc'], 'sam');
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: `/api/botconcepten/${draft!.id}/beoordeling`,
            headers: colleague.headers,
            payload: { besluit: 'verworpen' },
          })
        ).statusCode,
      ).toBe(200);

      await draftPanel().getByRole('button', { name: 'Overnemen in antwoord' }).click();
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'al overgenomen of verworpen' }).count()).toBe(1);
      await expect.poll(() => draftPanel().count()).toBe(0);
      expect(await reply().inputValue()).toBe('');
      expect(await violations()).toBe('');
    });

    it('warns the agent on a call, on its page, when a detail is disclosed before verification', async () => {
      const cti = await t.token('kcc');
      const post = async (url: string, payload: object) => {
        const response = await t.app.inject({ method: 'POST', url, headers: cti, payload });
        expect(response.statusCode, response.body).toBeLessThan(300);
      };
      await post('/api/telefoon/cti', { event: 'newCall', callId: CALL, from: '+31612345678', direction: 'in' });
      await post('/api/telefoon/cti', { event: 'answer', callId: CALL, user: 'eva' });
      const call = await t.database.db
        .selectFrom('telefoongesprek')
        .select('gesprek_id')
        .where('call_id', '=', CALL)
        .executeTakeFirstOrThrow();
      await page.goto(`${h.url}/#/gesprek/${call.gesprek_id}`);
      await page.getByRole('heading', { level: 2, name: 'Reageren' }).waitFor();

      const segment = (speaker: string, start: number, text: string) =>
        post(`/api/telefoon/gesprekken/${CALL}/transcript`, { segmenten: [{ speaker, start, end: start + 2.5, text }] });
      await segment('agent', 0, 'Gemeente Lindendaal, met Eva.');
      await segment('klant', 2.5, 'Goedemorgen, ik bel over mijn aanvraag voor een parkeervergunning.');
      expect(await page.getByTestId('onthulling').count()).toBe(0);
      await segment('agent', 6.5, 'Ik zie dat uw aanvraag vorige week is goedgekeurd.');

      const warning = page.getByRole('region', { name: 'Let op: gegevens gedeeld vóór verificatie' });
      await warning.waitFor({ timeout: 5000 });
      expect(await warning.textContent()).toContain('In dit gesprek is genoemd: status van de zaak');
      expect(await warning.textContent()).toContain('Verifieer de inwoner eerst');
      await expect
        .poll(() => page.getByTestId('announcer').textContent())
        .toContain('Waarschuwing: status van de zaak genoemd vóór verificatie');
      expect(await violations()).toBe('');
      await warning.evaluate((section) => section.scrollIntoView({ block: 'center' }));
      await screenshot(page, 'desktop-onthulling-waarschuwing');

      await warning.getByRole('button', { name: 'Waarschuwing sluiten' }).click();
      await expect.poll(() => warning.count()).toBe(0);
      // Focus moves once the warning is gone (in a task after the render): wait for it.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toMatch(/^H[12]$/);
    });
  },
);
