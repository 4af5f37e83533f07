import type { RequestContext } from '../platform/principal.ts';

/** The context for work Loket does itself (installation, imports), so it is logged like any other. */
export function systemContext(doel: string, actorId = '00000000-0000-0000-0000-000000000000'): RequestContext {
  return {
    principal: { kind: 'token', id: 'loket-systeem', actorId, naam: 'Loket (systeem)', rollen: ['beheerder'], viaCookie: false },
    doel,
    requestId: `systeem-${Date.now()}`,
  };
}
