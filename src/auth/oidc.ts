import * as client from 'openid-client';
import type { OidcConfig } from '../config.ts';

export interface OidcAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  url: string;
}

export interface OidcIdentity {
  subject: string;
  email: string | undefined;
  naam: string | undefined;
}

export interface OidcClient {
  start(): Promise<OidcAttempt>;
  finish(callbackUrl: URL, attempt: Omit<OidcAttempt, 'url'>): Promise<OidcIdentity>;
}

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/**
 * OpenID Connect login (authorization code flow with PKCE) against the municipality's identity
 * provider, e.g. Entra ID or Keycloak. Discovery runs on first use, so Loket starts even while
 * the provider is unreachable.
 */
export function createOidcClient(settings: OidcConfig, publicUrl: string): OidcClient {
  let configuration: Promise<client.Configuration> | undefined;
  const redirectUri = `${publicUrl}${OIDC_CALLBACK_PATH}`;
  const discover = () => {
    configuration ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        configuration = undefined;
        throw error;
      });
    return configuration;
  };

  return {
    async start() {
      const config = await discover();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { state, nonce, codeVerifier, url: url.href };
    },
    async finish(callbackUrl, attempt) {
      const config = await discover();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('no ID token');
      // Providers that keep profile claims out of the ID token serve them at the userinfo endpoint.
      const profile = typeof claims.email === 'string' ? claims : await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      return {
        subject: claims.sub,
        email: typeof profile.email === 'string' ? profile.email : undefined,
        naam: typeof profile.name === 'string' ? profile.name : undefined,
      };
    },
  };
}
