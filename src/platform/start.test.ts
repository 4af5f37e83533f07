import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server.mjs';
import { fromRoot } from '../db/paden.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `npm start` runs the server as one esbuild bundle (scripts/build-server.mjs). The bundle lives
 * elsewhere than the sources, so this starts it for real: the migrations, the specs, the widgets'
 * sources and the desktop must all be found from dist/, and SIGTERM must end it cleanly.
 */
describe('the bundled server that npm start runs', () => {
  const outDir = fromRoot('dist', `start-test-${process.pid}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-start-'));
  let server: ChildProcess;
  let base: string;
  let output = '';

  beforeAll(async () => {
    await buildServer(join(outDir, 'main.mjs'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(outDir, 'main.mjs')], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOKET_DEMO: 'false',
        LOG_LEVEL: 'warn',
        NOTIFICATIES_CALLBACK_AUTH: 'Bearer starttest',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the bundled server exited with ${server.exitCode}:\n${output}`);
      const ready = await fetch(`${base}/ready`).catch(() => undefined);
      if (ready?.status === 200) break;
      if (Date.now() > deadline) throw new Error(`not ready after 120 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 180_000);

  afterAll(() => {
    if (server?.exitCode === null) server.kill('SIGKILL');
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrated its database and answers its API', async () => {
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', database: 'pglite' });
    const openapi = await fetch(`${base}/api/openapi.json`);
    expect(openapi.status).toBe(200);
    expect(Object.keys(((await openapi.json()) as { paths: object }).paths).length).toBeGreaterThan(100);
    const beschikbaar = await fetch(`${base}/api/webchat/beschikbaarheid`);
    expect(beschikbaar.status).toBe(200);
  });

  it('finds the widgets beside the sources', async () => {
    const chat = await fetch(`${base}/widget/chat.js`);
    expect(chat.status).toBe(200);
    expect((await chat.text()).length).toBeGreaterThan(1000);
    expect((await fetch(`${base}/widget/faq.js`)).status).toBe(200);
  });

  it('validates a request against the spec it loaded from standards/', async () => {
    // The Notificaties callback's body schema comes from standards/notificaties-openapi.yaml.
    const headers = { 'content-type': 'application/json', authorization: 'Bearer starttest' };
    const response = await fetch(`${base}/api/notificaties/callback`, { method: 'POST', headers, body: '{"kanaal":"zaken"}' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/hoofdObject|resource|actie/);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
