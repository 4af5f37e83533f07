import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, type App } from '../platform/http.ts';
import { TooManyAttempts } from '../platform/throttle.ts';
import { requireContext } from '../platform/principal.ts';
import { LoginFailed, OidcLoginFailed, OidcNotConfigured } from './auth.errors.ts';
import { LoginBody, SessionResponse } from './auth.schemas.ts';
import { describeMedewerker } from './medewerkers.service.ts';
import { findMedewerkerBy } from './medewerkers.queries.ts';
import type { OidcClient } from './oidc.ts';
import { medewerkerForOidcIdentity } from './oidc-login.ts';
import { admitLogin, loginAttempt, loginSucceeded, logLoginAttempt } from './login-throttle.ts';
import { hashPassword, randomSecret, verifyPassword } from './secrets.ts';
import { createSession, deleteSession, SESSION_COOKIE } from './sessions.ts';

const tags = ['inloggen'];
const OIDC_ATTEMPT_MINUTES = 10;
let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomSecret()));

interface AuthDeps {
  db: Db;
  config: Config;
  oidcClient: OidcClient | undefined;
}

export function authRoutes(app: App, { db, config, oidcClient }: AuthDeps): void {
  const startSession = async (request: FastifyRequest, reply: FastifyReply, medewerkerId: string) => {
    const { token, csrfToken } = await createSession(db, medewerkerId, config.sessionHours, app.clock.now());
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.publicUrl.startsWith('https:') || request.protocol === 'https',
      maxAge: config.sessionHours * 3600,
    });
    const medewerker = await describeMedewerker(db, medewerkerId);
    return { medewerker: medewerker!, csrfToken };
  };

  app.post(
    '/api/auth/login',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Inloggen met gebruikersnaam en wachtwoord',
        description:
          'Na 5 mislukte pogingen op een account of 20 vanaf een adres wacht elke volgende poging twee keer zo lang (tot 30 s per account, 15 min per adres): 429 met Retry-After.',
        body: LoginBody,
        response: { 200: SessionResponse, ...errorResponses, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const attempt = loginAttempt(request, request.body.gebruikersnaam);
      // Throttled before the argon2 hash: a refused guess costs a few rows, not a hash.
      const gate = await admitLogin(db, attempt, app.clock.now());
      if (!gate.allowed) {
        await logLoginAttempt(db, attempt, 'geweigerd', app.clock.now());
        request.log.warn(
          { gebruikersnaam: attempt.gebruikersnaam, adres: attempt.adres, retryAfter: gate.retryAfterSeconds },
          'login throttled',
        );
        reply.header('retry-after', String(gate.retryAfterSeconds));
        throw TooManyAttempts();
      }
      const medewerker = await findMedewerkerBy(db, 'gebruikersnaam', request.body.gebruikersnaam);
      // Always verify a hash, so the answer takes as long for an unknown user as for a wrong password.
      const hash = medewerker?.actief && medewerker.wachtwoord_hash ? medewerker.wachtwoord_hash : await dummyHash();
      const valid = await verifyPassword(hash, request.body.wachtwoord);
      if (!medewerker || !valid || hash !== medewerker.wachtwoord_hash) {
        await logLoginAttempt(db, attempt, 'mislukt', app.clock.now());
        throw LoginFailed();
      }
      await loginSucceeded(db, attempt);
      await logLoginAttempt(db, attempt, 'gelukt', app.clock.now());
      return startSession(request, reply, medewerker.id);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: { tags, summary: 'Uitloggen', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { toegang: 'medewerker', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'De ingelogde medewerker en de CSRF-token voor deze sessie',
        response: { 200: SessionResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { principal } = requireContext(request);
      const medewerker = principal.kind === 'medewerker' ? await describeMedewerker(db, principal.id) : undefined;
      if (!medewerker) throw LoginFailed();
      return { medewerker, csrfToken: principal.csrfToken ?? '' };
    },
  );

  app.get(
    '/api/auth/oidc/login',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Inloggen via de identiteitsprovider (OpenID Connect)',
        querystring: Type.Object({ terugNaar: Type.Optional(Type.String({ pattern: '^/[^/\\\\]', maxLength: 500 })) }),
      },
    },
    async (request, reply) => {
      if (!oidcClient) throw OidcNotConfigured();
      const attempt = await oidcClient.start();
      const now = app.clock.now();
      await db
        .deleteFrom('oidc_poging')
        .where('aangemaakt_op', '<', new Date(now.getTime() - OIDC_ATTEMPT_MINUTES * 60_000))
        .execute();
      await db
        .insertInto('oidc_poging')
        .values({
          state: attempt.state,
          nonce: attempt.nonce,
          code_verifier: attempt.codeVerifier,
          terug_naar: request.query.terugNaar ?? '/',
          aangemaakt_op: now,
        })
        .execute();
      return reply.redirect(attempt.url);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Terugkeer van de identiteitsprovider',
        querystring: Type.Object({ state: Type.String({ maxLength: 200 }) }, { additionalProperties: true }),
      },
    },
    async (request, reply) => {
      if (!oidcClient) throw OidcNotConfigured();
      const attempt = await db.deleteFrom('oidc_poging').where('state', '=', request.query.state).returningAll().executeTakeFirst();
      if (!attempt) throw OidcLoginFailed();
      const identity = await oidcClient
        .finish(new URL(request.url, config.publicUrl), { state: attempt.state, nonce: attempt.nonce, codeVerifier: attempt.code_verifier })
        .catch((error: unknown) => {
          request.log.warn({ err: error }, 'OIDC code exchange failed');
          throw OidcLoginFailed();
        });
      const medewerkerId = await medewerkerForOidcIdentity(db, identity, config.oidc?.autoProvision ?? false);
      await startSession(request, reply, medewerkerId);
      return reply.redirect(attempt.terug_naar);
    },
  );
}
