import type { RequestContext } from './principal.ts';
import { LOKET_SYSTEEM_ACTOR_ID } from './system-actor.ts';

export { LOKET_SYSTEEM_ACTOR_ID };

/** The context for work Loket does itself (installation, channel processing, imports), logged like any other. */
export function systemContext(doel: string, actorId = LOKET_SYSTEEM_ACTOR_ID): RequestContext {
  return {
    principal: { kind: 'token', id: 'loket-systeem', actorId, naam: 'Loket (systeem)', rollen: ['beheerder'], viaCookie: false },
    doel,
    requestId: `systeem-${Date.now()}`,
  };
}
