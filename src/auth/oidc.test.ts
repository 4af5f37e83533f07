import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from './medewerkers.service.ts';
import { createTestApp, sessionCookie, type TestApp } from '../test/test-app.ts';

const PUBLIC_URL = 'http://loket.test';

/** A browser stand-in for the provider's pages: keeps cookies and follows redirects by hand. */
class Browser {
  private cookies = new Map<string, string>();

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) this.cookies.set(name.trim(), value.join('='));
    }
    return response;
  }

  /** Follows provider redirects until one leaves the provider, submitting the interaction forms. */
  async walk(start: string, issuer: string, fields: Record<string, string>): Promise<string> {
    let url = start;
    for (let step = 0; step < 12; step++) {
      if (!url.startsWith(issuer)) return url;
      const response = await this.request(url);
      if (response.status >= 300 && response.status < 400) {
        url = new URL(response.headers.get('location') ?? '', url).href;
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`no form on ${url}: ${html.slice(0, 200)}`);
      const form: Record<string, string> = {};
      for (const [input] of html.matchAll(/<input[^>]*>/g)) {
        const name = /name="([^"]+)"/.exec(input)?.[1];
        if (name) form[name] = fields[name] ?? /value="([^"]*)"/.exec(input)?.[1] ?? '';
      }
      const posted = await this.request(new URL(action, url).href, { method: 'POST', form });
      url = new URL(posted.headers.get('location') ?? '', url).href;
    }
    throw new Error('too many redirects');
  }
}

describe('OpenID Connect login against a real provider', () => {
  let server: Server;
  let issuer: string;
  let t: TestApp;

  beforeAll(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'loket',
          client_secret: 'loket-geheim',
          redirect_uris: [`${PUBLIC_URL}/api/auth/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      async findAccount(_ctx, sub) {
        return { accountId: sub, claims: async () => ({ sub, email: `${sub}@gemeente.example`, name: `Medewerker ${sub}` }) };
      },
      claims: { openid: ['sub'], email: ['email'], profile: ['name'] },
      features: { devInteractions: { enabled: true } },
      cookies: { keys: ['test-sleutel'] },
    });
    server.on('request', provider.callback());
    t = await createTestApp({
      PUBLIC_URL,
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: 'loket',
      OIDC_CLIENT_SECRET: 'loket-geheim',
      OIDC_ALLOW_HTTP: 'true',
    });
  });
  afterAll(async () => {
    await t.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function loginAs(subject: string) {
    const start = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/login?terugNaar=/inbox' });
    expect(start.statusCode).toBe(302);
    const authorizeUrl = new URL(start.headers.location as string);
    expect(authorizeUrl.origin).toBe(issuer);
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    const callback = await new Browser().walk(authorizeUrl.href, issuer, { login: subject, password: 'irrelevant' });
    expect(callback.startsWith(`${PUBLIC_URL}/api/auth/oidc/callback?`)).toBe(true);
    return t.app.inject({ method: 'GET', url: callback.slice(PUBLIC_URL.length) });
  }

  it('links a known medewerker by e-mail and starts a session after the code exchange', async () => {
    await createMedewerker(t.database.db, {
      gebruikersnaam: 'sanne',
      naam: 'Sanne Visser',
      email: 'sanne@gemeente.example',
      rollen: ['kcc'],
    });
    const done = await loginAs('sanne');
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/inbox');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: sessionCookie(done) } });
    expect(me.json().medewerker).toMatchObject({ gebruikersnaam: 'sanne', rollen: ['kcc'] });
    const linked = await t.database.db
      .selectFrom('medewerker')
      .select('oidc_subject')
      .where('gebruikersnaam', '=', 'sanne')
      .executeTakeFirstOrThrow();
    expect(linked.oidc_subject).toBe('sanne');
  });

  it('refuses someone the provider knows but Loket does not', async () => {
    const done = await loginAs('onbekend');
    expect(done.statusCode).toBe(403);
    expect(done.json().error.code).toBe('LOKET_OIDC_UNKNOWN_USER');
    expect(done.cookies.find((c) => c.name === 'loket_sessie')).toBeUndefined();
  });

  it('refuses a callback with a state it did not issue', async () => {
    const forged = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=abc&state=verzonnen' });
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe('LOKET_OIDC_LOGIN_FAILED');
  });
});
