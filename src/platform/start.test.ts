import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-server.mjs';
import { fromRoot } from '../db/paden.ts';
import { spawnServer, type SpawnedServer } from '../test/spawn-server.ts';

/**
 * `npm start` runs the server as one esbuild bundle (scripts/build-server.mjs). The bundle lives
 * elsewhere than the sources, so this starts it for real: the migrations, the specs, the widgets'
 * sources and the desktop must all be found from dist/, and SIGTERM must end it cleanly.
 */
describe('the bundled server that npm start runs', () => {
  const outDir = fromRoot('dist', `start-test-${process.pid}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-start-'));
  let server: SpawnedServer;
  let base: string;

  beforeAll(async () => {
    await buildServer(join(outDir, 'main.mjs'));
    server = await spawnServer([process.execPath, join(outDir, 'main.mjs')], {
      env: {
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOKET_DEMO: 'false',
        LOG_LEVEL: 'warn',
        NOTIFICATIES_CALLBACK_AUTH: 'Bearer starttest',
      },
    });
    base = server.base;
  }, 180_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
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
    expect(await server.stop()).toBe(0);
  });
});
