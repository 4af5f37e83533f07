import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/transaction.ts';
import type { Principal } from '../platform/principal.ts';
import { isRol, type Rol } from '../platform/roles.ts';
import { findApiToken } from './api-tokens.ts';
import { ApiTokenInvalid, CsrfTokenInvalid } from './auth.errors.ts';
import { sameSecret } from './secrets.ts';
import { findSession, SESSION_COOKIE } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route authorises its caller itself; no session or API token is resolved (principal stays null). */
    eigenAutorisatie?: boolean;
  }
}

/**
 * Resolves who is calling on every request: an API token in `Authorization: Token <key>`, or
 * a session cookie. Cookie sessions must send the session's CSRF token on unsafe methods
 * (synchronizer token pattern): a cross-site form can send the cookie but cannot read the token.
 */
export function registerAuthentication(app: FastifyInstance, db: Db): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    // A webhook whose sender sets the whole Authorization header (the Notificaties callback) checks it itself.
    if (request.routeOptions.config.eigenAutorisatie) return;
    request.principal = await resolvePrincipal(db, request, app.clock.now());
    if (request.principal?.viaCookie && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, request.principal.csrfToken ?? '')) throw CsrfTokenInvalid();
    }
  });
}

async function resolvePrincipal(db: Db, request: FastifyRequest, now: Date): Promise<Principal | null> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^(?:Token|Bearer)\s+(\S+)$/i.exec(authorization);
    const token = match?.[1] ? await findApiToken(db, match[1]) : undefined;
    if (!token || !isRol(token.rol)) throw ApiTokenInvalid();
    return { kind: 'token', id: token.id, actorId: token.actor_id, naam: token.naam, rollen: [token.rol], viaCookie: false };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await findSession(db, cookie, now);
  if (!session) return null;
  return {
    kind: 'medewerker',
    id: session.id,
    actorId: session.actor_id,
    naam: session.naam,
    rollen: (session.rollen as string[]).filter(isRol) as Rol[],
    viaCookie: true,
    csrfToken: session.csrf_token,
  };
}
