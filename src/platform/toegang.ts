import type { FastifyInstance, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import { requireContext } from './principal.ts';
import { PERMISSIONS, ROLES, type Permission, type Rol } from './roles.ts';

/**
 * Who may call a route, declared once in the route's `config` and both enforced and published
 * from that one declaration, so the OpenAPI marks cannot drift from the check:
 * - a permission from roles.ts: a medewerker or API token holding a role with that permission;
 * - 'medewerker': anyone signed in, whatever the role (their own profile, the working-time clock);
 * - 'openbaar': anyone, signed in or not (citizen channels, the public knowledge base, health);
 * - 'sleutel': no medewerker role helps; the caller proves itself with the route's own credential
 *   (a webhook signature, the CTI secret, a citizen's chat session) which the handler checks.
 * Handlers that need finer checks (the verification gate, per-transition rights) keep them.
 */
export type Toegang = Permission | 'medewerker' | 'openbaar' | 'sleutel';

/** The pseudo-role in `x-rollen` for a caller who is not signed in. */
export const ANONIEM = 'anoniem';
export type Aanroeper = Rol | typeof ANONIEM;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; every route in the OpenAPI document must say. */
    toegang?: Toegang;
    /** Whether the route reads or changes personal data of inwoners or ondernemers (AVG). */
    persoonsgegevens?: boolean;
    /**
     * The route also takes its own credential in this request header (the CTI secret), which the
     * handler checks; a request that carries it skips the role check, one without it gets it.
     */
    sleutelHeader?: string;
  }
}

/** The callers a declaration admits, as published in `x-rollen`. */
export function aanroepersVoor(toegang: Toegang): Aanroeper[] {
  if (toegang === 'openbaar') return [ANONIEM, ...ROLES];
  if (toegang === 'medewerker') return [...ROLES];
  if (toegang === 'sleutel') return [];
  return [...PERMISSIONS[toegang]];
}

function enforce(toegang: Toegang, sleutelHeader: string | undefined): onRequestHookHandler | undefined {
  if (toegang === 'openbaar' || toegang === 'sleutel') return undefined;
  const permission = toegang === 'medewerker' ? undefined : toegang;
  // Runs after authentication and before body validation: a caller without rights learns nothing about the input.
  return async (request: FastifyRequest) => {
    if (sleutelHeader && request.headers[sleutelHeader] !== undefined) return;
    requireContext(request, permission);
  };
}

function listed(route: RouteOptions): boolean {
  const schema = route.schema as { hide?: boolean } | undefined;
  return schema !== undefined && schema.hide !== true;
}

/**
 * Must be registered before any route. A route in the OpenAPI document without a declaration
 * stops the app from starting, so no route can be added without saying who may call it.
 */
export function registerToegang(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const { toegang, persoonsgegevens, sleutelHeader } = route.config ?? {};
    if (toegang === undefined || persoonsgegevens === undefined) {
      if (!listed(route)) return;
      throw new Error(
        `LOKET_ROUTE_ZONDER_TOEGANG: ${String(route.method)} ${route.url} declares no config.toegang and config.persoonsgegevens (see src/platform/toegang.ts)`,
      );
    }
    // A copy: one schema object may serve several routes.
    if (route.schema) {
      const marks: Record<`x-${string}`, unknown> = { 'x-rollen': aanroepersVoor(toegang), 'x-persoonsgegevens': persoonsgegevens };
      route.schema = { ...route.schema, ...marks };
    }
    const check = enforce(toegang, sleutelHeader?.toLowerCase());
    if (!check) return;
    const existing = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    route.onRequest = [check, ...existing];
  });
}
