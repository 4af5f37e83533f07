import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { deflateSync } from 'node:zlib';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gesprekOf, kanaal } from '../src/channels/koppelingen/provider-server.test-helpers.ts';
import { metaSignature } from '../src/channels/meta/meta-webhook.test-helpers.ts';
import { fromCitizen, PHONE_NUMBER_ID } from '../src/channels/whatsapp/whatsapp.test-helpers.ts';
import type { TestApp } from '../src/test/test-app.ts';
import { accessibilityViolations, hasChromium, screenshot } from './browser.ts';
import { startDesktop, type DesktopHarness } from './desktop-harness.ts';

const APP_SECRET = 'wa-app-geheim-e2e-0123456789';
const ACCESS_TOKEN = 'EAAG-wa-e2e-toegangstoken';
const CITIZEN = '31687654321';
const SECRET_KEY = Buffer.alloc(32, 9).toString('base64');
const PDF = Buffer.from('%PDF-1.4\n% Bezwaarschrift\n%%EOF\n');

/** A small solid PNG, so the preview is a real image the browser decodes. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PHOTO = png(96, 64, [11, 79, 156]);

/** Meta's Graph API for media: the id gives a URL, the URL the bytes (both need the token). */
function graphApi(): Promise<Server> {
  const files: Record<string, { type: string; bytes: Buffer }> = {
    '/files/img': { type: 'image/png', bytes: PHOTO },
    '/files/doc': { type: 'application/pdf', bytes: PDF },
  };
  const server = createServer((request, response) => {
    if (request.headers.authorization !== `Bearer ${ACCESS_TOKEN}`) return response.writeHead(401).end();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const path = request.url ?? '';
    const file = files[path];
    if (file) return response.writeHead(200, { 'content-type': file.type }).end(file.bytes);
    const media = { '/v21.0/MEDIA-IMG': ['img', 'image/png', PHOTO], '/v21.0/MEDIA-DOC': ['doc', 'application/pdf', PDF] } as const;
    const hit = media[path as keyof typeof media];
    if (hit)
      return response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ url: `${base}/files/${hit[0]}`, mime_type: hit[1], file_size: hit[2].length, id: path.split('/').pop() }));
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasChromium)('a WhatsApp conversation on the desktop: attachments and the channel’s limits', { timeout: 60_000 }, () => {
  let h: DesktopHarness;
  let t: TestApp;
  let graph: Server;
  let kanaalId: string;
  let gesprekId: string;

  const open = async () => {
    const page = await h.logIn('kim');
    page.on('pageerror', (error) => console.error('desktop:', error.message));
    await page.goto(`${h.url}/#/gesprek/${gesprekId}`);
    await messages(page).getByRole('listitem').first().waitFor();
    return page;
  };
  const violations = async (page: Page) => (await accessibilityViolations(page)).join('\n');
  /** The citizen's messages as Meta's webhook posts them, signed with the app secret. */
  const receive = async (messages: Record<string, unknown>[]) => {
    const body = fromCitizen(messages, CITIZEN, 'Samira Bouzid');
    // Over real HTTP to the listening server, as Meta delivers it.
    const response = await fetch(`${h.url}/api/kanalen/${kanaalId}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(body, APP_SECRET) },
      body,
    });
    expect(response.status, await response.text()).toBe(200);
  };

  beforeAll(async () => {
    graph = await graphApi();
    h = await startDesktop({
      LOKET_SECRET_KEY: SECRET_KEY,
      META_GRAPH_URL: `http://127.0.0.1:${(graph.address() as AddressInfo).port}`,
      META_GRAPH_VERSION: 'v21.0',
      BOT_ACTIEF: 'false',
    });
    t = h.t;
    const beheerder = await t.login(['beheerder'], 'bert');
    await t.login(['kcc'], 'kim');
    kanaalId = await kanaal(t, beheerder.headers, {
      soort: 'whatsapp',
      naam: 'WhatsApp KCC',
      instellingen: { phoneNumberId: PHONE_NUMBER_ID },
      geheimen: { appSecret: APP_SECRET, accessToken: ACCESS_TOKEN, verifyToken: 'wa-verify-e2e' },
    });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    graph?.close();
  });

  it('shows the photo and the document the citizen sent, and serves them with the right type', async () => {
    await receive([
      { id: 'wamid.E2E-TXT', type: 'text', text: { body: 'De lantaarnpaal in de Kerkstraat is kapot.' } },
      { id: 'wamid.E2E-IMG', type: 'image', image: { id: 'MEDIA-IMG', mime_type: 'image/png', caption: 'Zo ziet hij eruit' } },
      { id: 'wamid.E2E-DOC', type: 'document', document: { id: 'MEDIA-DOC', mime_type: 'application/pdf', filename: 'melding.pdf' } },
    ]);
    gesprekId = await gesprekOf(t, 'wamid.E2E-IMG');

    const page = await open();
    const log = messages(page);
    const photoMessage = log.getByRole('listitem').filter({ hasText: 'Zo ziet hij eruit' });
    const preview = photoMessage.getByRole('img', { name: 'Voorbeeld van image-MEDIA-IMG.png' });
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
    await photoMessage.getByRole('link', { name: 'image-MEDIA-IMG.png downloaden' }).waitFor();
    expect(await photoMessage.getByText(`(afbeelding, ${PHOTO.length} B)`).count()).toBe(1);

    const pdfLink = log.getByRole('link', { name: 'melding.pdf downloaden' });
    expect(await log.getByText(`(pdf-document, ${PDF.length} B)`).count()).toBe(1);
    const href = new URL((await pdfLink.getAttribute('href'))!, h.url).toString();
    const download = await page.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('application/pdf');
    expect(download.headers()['content-disposition']).toBe(`attachment; filename="melding.pdf"; filename*=UTF-8''melding.pdf`);
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
    // Without a session the same URL gives nothing.
    expect((await fetch(href)).status).toBe(401);

    expect(await violations(page)).toBe('');
    await screenshot(page, 'desktop-kanaal-bijlagen');
    await page.context().close();
  });

  it('counts the 24-hour window down next to the reply, with the length and whether files can go along', async () => {
    const page = await open();
    const grenzen = page.getByRole('region', { name: 'Wat WhatsApp toestaat' });
    await grenzen.waitFor();
    await expect.poll(() => grenzen.getByTestId('venster').textContent()).toMatch(/^Nog 23 u 5\d min open \(tot .+\)$/);
    expect(await grenzen.getByText('4.096 tekens per bericht').count()).toBe(1);
    expect(await grenzen.getByText('Alleen als link naar een bestand; nog niet vanuit dit scherm').count()).toBe(1);

    const reply = page.getByLabel('Uw antwoord');
    await reply.fill('Dank u, we sturen iemand langs.');
    await expect.poll(() => page.getByTestId('teken-teller').textContent()).toBe('Nog 4.065 tekens over');
    expect(await reply.getAttribute('aria-describedby')).toBe('antwoord-hint antwoord-teller');
    await reply.fill('x'.repeat(4100));
    await expect.poll(() => page.getByTestId('teken-teller').textContent()).toBe('4 tekens te veel');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'te lang' }).count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: 'te lang' }).textContent()).toContain('maximaal 4.096 tekens');
    expect(await violations(page)).toBe('');
    await grenzen.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'desktop-kanaal-grenzen');

    await reply.fill('Dank u, we sturen iemand langs.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await messages(page).getByRole('listitem').filter({ hasText: 'we sturen iemand langs' }).waitFor();
    await page.context().close();
  });

  it('explains and blocks an answer once the window is closed, allows a note, and reopens when the citizen writes', async () => {
    // The citizen's messages, each a day and an hour earlier: the window closed an hour ago.
    await t.database.db
      .updateTable('bericht')
      .set({ verzonden_op: sql<Date>`verzonden_op - interval '25 hours'` })
      .where('gesprek_id', '=', gesprekId)
      .where('richting', '=', 'inkomend')
      .execute();
    const page = await open();
    const grenzen = page.getByRole('region', { name: 'Wat WhatsApp toestaat' });
    await expect.poll(() => grenzen.getByTestId('venster').textContent()).toBe('Gesloten');
    const uitleg = grenzen.locator('#venster-dicht');
    expect(await uitleg.textContent()).toContain('Het 24-uursvenster van WhatsApp is gesloten sinds');
    expect(await uitleg.textContent()).toContain('alleen een goedgekeurd sjabloon');
    const versturen = page.getByRole('button', { name: 'Versturen' });
    expect(await versturen.isDisabled()).toBe(true);
    expect(await versturen.getAttribute('aria-describedby')).toBe('venster-dicht');
    expect(await violations(page)).toBe('');
    await grenzen.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'desktop-kanaal-venster-dicht');

    // A note is internal: no window, no length counter.
    await page.getByLabel('Interne notitie (niet zichtbaar voor de inwoner)').check();
    expect(await page.getByTestId('teken-teller').count()).toBe(0);
    await page.getByLabel('Uw notitie').fill('Inwoner gevraagd om een nieuwe foto via WhatsApp.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await messages(page).getByRole('listitem').filter({ hasText: 'nieuwe foto' }).waitFor();

    // The citizen writes again: the page learns it live and the window is open again.
    await page.getByLabel('Antwoord via WhatsApp').check();
    await receive([{ id: 'wamid.E2E-NOG', type: 'text', text: { body: 'Is er al nieuws?' } }]);
    await messages(page).getByRole('listitem').filter({ hasText: 'Is er al nieuws?' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => grenzen.getByTestId('venster').textContent()).toMatch(/^Nog 2[34] u/);
    expect(await page.getByRole('button', { name: 'Versturen' }).isDisabled()).toBe(false);
    await page.context().close();
  });
});

const messages = (page: Page) => page.getByRole('log', { name: 'Berichten' });
