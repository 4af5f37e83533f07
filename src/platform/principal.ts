import type { FastifyRequest } from 'fastify';
import { Forbidden, Unauthenticated } from './errors.ts';
import { hasPermission, ROLE_PURPOSE, type Permission, type Rol } from './roles.ts';

/** Who is acting: a logged-in medewerker or an integration holding an API token. */
export interface Principal {
  kind: 'medewerker' | 'token';
  /** Medewerker id or API token id: the "gebruiker" in the processing log. */
  id: string;
  actorId: string;
  naam: string;
  rollen: Rol[];
  /** Authenticated by session cookie, so unsafe requests need a CSRF token. */
  viaCookie: boolean;
  csrfToken?: string;
}

/** What a service needs to know about the caller to authorise and to log processing. */
export interface RequestContext {
  principal: Principal;
  /** The purpose of processing: given by the agent, else the role's purpose. */
  doel: string;
  requestId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export function requireContext(request: FastifyRequest, permission?: Permission): RequestContext {
  const principal = request.principal;
  if (!principal) throw Unauthenticated();
  if (permission && !hasPermission(principal.rollen, permission)) throw Forbidden();
  return { principal, doel: purposeOf(request, principal), requestId: request.id };
}

/** A fastify preHandler that stops the request before the handler when the caller lacks rights. */
export function requirePermission(permission?: Permission) {
  return async (request: FastifyRequest) => {
    requireContext(request, permission);
  };
}

function purposeOf(request: FastifyRequest, principal: Principal): string {
  const given = request.headers['x-verwerking-doel'];
  if (typeof given === 'string' && given.trim()) return given.trim().slice(0, 200);
  const rol = principal.rollen[0];
  return rol ? ROLE_PURPOSE[rol] : 'Onbekend';
}
