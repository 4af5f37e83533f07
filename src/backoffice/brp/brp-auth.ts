import https from 'node:https';
import type { Backoffice } from '../backoffice.ts';
import type { BrpBron } from '../bronnen/bron.ts';
import { BronStoring, requestJson } from '../../platform/http-client/bron-http.ts';

/**
 * How Loket proves itself to a BRP (or the gateway in front of it): an API key, an OAuth2
 * client-credentials token (reused until shortly before it expires), or a client certificate
 * (mTLS). The beheerder's extra headers (purpose binding such as x-doelbinding) go with every call.
 */
export interface BrpAuth {
  headers: Record<string, string>;
  agent?: https.Agent | undefined;
}

const EARLY_MS = 30_000;

async function oauthToken(bo: Backoffice, bron: BrpBron, timeoutMs: number): Promise<string> {
  const key = `${bron.id}@${bron.versie}`;
  const cached = bo.tokens.get(key);
  if (cached && cached.until > Date.now()) return cached.token;
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: bron.instellingen.clientId ?? '',
    client_secret: bron.geheimen.clientSecret ?? '',
  });
  if (bron.instellingen.scope) form.set('scope', bron.instellingen.scope);
  const response = await requestJson({
    url: bron.instellingen.tokenUrl ?? '',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    timeoutMs,
    maxBytes: 64 * 1024,
  });
  const body = response.body as { access_token?: unknown; expires_in?: unknown } | null;
  if (response.status !== 200 || typeof body?.access_token !== 'string')
    throw new BronStoring('fout', `tokenserver gaf geen token (HTTP ${response.status})`);
  const seconds = typeof body.expires_in === 'number' ? body.expires_in : 300;
  bo.tokens.set(key, { token: body.access_token, until: Date.now() + seconds * 1000 - EARLY_MS });
  return body.access_token;
}

function mtlsAgent(bo: Backoffice, bron: BrpBron): https.Agent {
  const key = `${bron.id}@${bron.versie}`;
  let agent = bo.agents.get(key);
  if (!agent) {
    agent = new https.Agent({ cert: bron.instellingen.certificaat, key: bron.geheimen.sleutel, keepAlive: true });
    bo.agents.set(key, agent);
  }
  return agent;
}

export async function brpAuth(bo: Backoffice, bron: BrpBron, timeoutMs: number): Promise<BrpAuth> {
  const headers: Record<string, string> = { ...bron.instellingen.extraHeaders };
  switch (bron.instellingen.authenticatie) {
    case 'api-key':
      headers['x-api-key'] = bron.geheimen.apiKey ?? '';
      return { headers };
    case 'oauth2':
      headers.authorization = `Bearer ${await oauthToken(bo, bron, timeoutMs)}`;
      return { headers };
    case 'certificaat':
      return { headers, agent: mtlsAgent(bo, bron) };
  }
}
