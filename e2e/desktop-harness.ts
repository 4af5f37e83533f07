import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../src/test/test-app.ts';
import { launchBrowser } from './browser.ts';

/** A free port, so PUBLIC_URL (checked as the Origin of the agent's WebSocket) can name it. */
export function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    }),
  );
}

/** The heading of each role's start page. */
const START_KOP = { '#/inbox': 'Inbox', '#/werklijst': 'Werklijst', '#/kennisbank': 'Kennisartikelen', '#/beheer': 'Beheer' };

export interface DesktopHarness {
  t: TestApp;
  url: string;
  browser: Browser;
  /** Logs a medewerker (created with t.login) in through the login form and waits for their start page. */
  logIn(name: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Loket listening on a real port with the built desktop, and Debian's Chromium. The desktop is
 * built only when missing or older than its sources (the same step as `npm start`).
 */
export async function startDesktop(env: Record<string, string> = {}): Promise<DesktopHarness> {
  execFileSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t = await createTestApp({ PUBLIC_URL: url, ...env });
  await t.app.listen({ port, host: '127.0.0.1' });
  const browser = await launchBrowser();
  return {
    t,
    url,
    browser,
    async logIn(name, viewport = { width: 1440, height: 1000 }) {
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(url);
      await page.getByLabel('Gebruikersnaam').fill(name);
      await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      // Each role starts on its own page (app/start-page.ts): wait until that page is there.
      await page.waitForFunction(() => /^#\/(inbox|werklijst|kennisbank|beheer)$/.test(location.hash));
      const hash = new URL(page.url()).hash as keyof typeof START_KOP;
      await page.getByRole('heading', { level: 1, name: START_KOP[hash] }).waitFor();
      return page;
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}
