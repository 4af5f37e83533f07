import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { TestSocket } from '../../test/ws-client.ts';
import { ownOrigin } from './agent-socket.routes.ts';

describe('the agent socket accepts pages Loket served, from whatever host reached it', () => {
  let t: TestApp;
  let agent: Session;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://loket.gemeente.example', BOT_ACTIEF: 'false' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
    agent = await t.login(['kcc']);
  });
  afterAll(() => t.close());

  const open = (origin: string) => TestSocket.open(`ws://127.0.0.1:${port}/api/realtime`, { cookie: agent.cookie, origin });

  it('connects a desktop opened at the address the request went to, not only PUBLIC_URL', async () => {
    const socket = await open(`http://127.0.0.1:${port}`);
    expect(await socket.next((f) => f.type === 'verbonden')).toMatchObject({ data: { medewerkerId: agent.medewerkerId } });
    socket.close();
  });

  it('connects a desktop opened at PUBLIC_URL behind a proxy', async () => {
    const socket = await open('https://loket.gemeente.example');
    expect(await socket.next((f) => f.type === 'verbonden')).toBeDefined();
    socket.close();
  });

  it('refuses another site with a coded close reason the desktop can put into words', async () => {
    const socket = await open('https://aanvaller.example');
    expect(await socket.closed).toEqual({ code: 4403, reason: 'LOKET_HERKOMST_GEWEIGERD' });
    expect(socket.frames).toEqual([]);
    const otherPort = await open(`http://127.0.0.1:${port + 1}`);
    expect((await otherPort.closed).code).toBe(4403);
  });

  it('compares hosts, not text', () => {
    expect(ownOrigin('http://LOKET.intern:8080', 'loket.intern:8080', 'https://loket.example')).toBe(true);
    expect(ownOrigin('http://loket.intern', 'loket.intern:8080', 'https://loket.example')).toBe(false);
    expect(ownOrigin('null', 'loket.intern', 'https://loket.example')).toBe(false);
    expect(ownOrigin(undefined, 'loket.intern', 'https://loket.example')).toBe(true);
  });
});
