import type { WebSocket } from 'ws';
import type { Db } from '../../db/transaction.ts';
import { Forbidden } from '../errors.ts';
import type { App } from '../http.ts';
import { requireContext } from '../principal.ts';
import type { Rol } from '../roles.ts';
import type { Audience, EventHub, LoketEvent } from './event-bus.ts';

const AGENT_ROLES: Rol[] = ['kcc', 'backoffice', 'teamleider'];

export function reaches(audience: Audience, who: { medewerkerId: string; teamIds: string[] }): boolean {
  if (audience.agents) return true;
  if (audience.medewerkerIds?.includes(who.medewerkerId)) return true;
  return audience.teamIds?.some((id) => who.teamIds.includes(id)) ?? false;
}

/**
 * The agent desktop's live connection: every event meant for this agent or their teams,
 * whichever Loket node it happened on. The Origin must be Loket's own, so another site cannot
 * open the socket with the agent's cookie.
 */
export interface AgentSocketOptions {
  publicUrl: string;
  /** Called on connect, every heartbeat while the agent's desktop stays connected, and when it closes. */
  onAlive?: (medewerkerId: string) => Promise<void>;
  heartbeatMs?: number;
}

export function agentSocketRoutes(app: App, db: Db, hub: EventHub, { publicUrl, onAlive, heartbeatMs = 10_000 }: AgentSocketOptions): void {
  app.get('/api/realtime', { config: { toegang: 'medewerker', persoonsgegevens: false }, websocket: true, schema: { hide: true } }, async (socket: WebSocket, request) => {
    try {
      const { principal } = requireContext(request);
      const origin = request.headers.origin;
      if (origin && origin !== new URL(publicUrl).origin) throw Forbidden();
      if (principal.kind !== 'medewerker' || !principal.rollen.some((r) => AGENT_ROLES.includes(r))) throw Forbidden();
      const teams = await db.selectFrom('team_lid').select('team_id').where('medewerker_id', '=', principal.id).execute();
      const who = { medewerkerId: principal.id, teamIds: teams.map((t) => t.team_id) };
      const unsubscribe = hub.subscribe((event: LoketEvent) => {
        if (socket.readyState === socket.OPEN && reaches(event.audience, who)) socket.send(JSON.stringify({ type: event.type, data: event.data }));
      });
      const alive = () => void onAlive?.(principal.id).catch((error: unknown) => request.log.warn({ err: error }, 'presence heartbeat failed'));
      alive();
      const heartbeat = setInterval(alive, heartbeatMs);
      socket.on('close', () => {
        unsubscribe();
        clearInterval(heartbeat);
        // The grace period starts now; another open desktop of the same agent keeps renewing it.
        alive();
      });
      socket.send(JSON.stringify({ type: 'verbonden', data: { medewerkerId: principal.id } }));
    } catch (error) {
      socket.close(4403, error instanceof Error ? error.message.slice(0, 100) : 'forbidden');
    }
  });
}
