import type { WebSocket } from 'ws';
import type { Db } from '../../db/transaction.ts';
import { Forbidden, LoketError } from '../errors.ts';
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
export const HERKOMST_GEWEIGERD = 'LOKET_HERKOMST_GEWEIGERD';

/**
 * A page may open the socket when it was served by this Loket: its Origin names the host the
 * request itself went to (however an agent reached the server: PUBLIC_URL, 127.0.0.1:8080, an
 * internal name), or PUBLIC_URL. A browser always sends Origin; a client without one (a script
 * with the agent's cookie) is not a cross-site risk.
 */
export function ownOrigin(origin: string | undefined, host: string, publicUrl: string): boolean {
  if (!origin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // The scheme is not compared: behind a TLS proxy without TRUST_PROXY the request looks like http.
  return url.origin === new URL(publicUrl).origin || url.host === host.toLowerCase();
}

export interface AgentSocketOptions {
  publicUrl: string;
  /** Called on connect, every heartbeat while the agent's desktop stays connected, and when it closes. */
  onAlive?: (medewerkerId: string) => Promise<void>;
  heartbeatMs?: number;
}

export function agentSocketRoutes(app: App, db: Db, hub: EventHub, { publicUrl, onAlive, heartbeatMs = 10_000 }: AgentSocketOptions): void {
  // The socket checks the session itself after the upgrade and closes with a code the desktop understands (4401, 4403).
  app.get(
    '/api/realtime',
    { config: { toegang: 'sleutel', persoonsgegevens: false }, websocket: true, schema: { hide: true } },
    async (socket: WebSocket, request) => {
      try {
        const { principal } = requireContext(request);
        if (!ownOrigin(request.headers.origin, request.host, publicUrl)) {
          socket.close(4403, HERKOMST_GEWEIGERD);
          return;
        }
        if (principal.kind !== 'medewerker' || !principal.rollen.some((r) => AGENT_ROLES.includes(r))) throw Forbidden();
        const teams = await db.selectFrom('team_lid').select('team_id').where('medewerker_id', '=', principal.id).execute();
        const who = { medewerkerId: principal.id, teamIds: teams.map((t) => t.team_id) };
        const unsubscribe = hub.subscribe((event: LoketEvent) => {
          if (socket.readyState === socket.OPEN && reaches(event.audience, who))
            socket.send(JSON.stringify({ type: event.type, data: event.data }));
        });
        const alive = () =>
          void onAlive?.(principal.id).catch((error: unknown) => request.log.warn({ err: error }, 'presence heartbeat failed'));
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
        // The close reason is a code the desktop puts into words; 4401 asks it to sign in again.
        const code = error instanceof LoketError ? error.code : 'LOKET_FORBIDDEN';
        socket.close(error instanceof LoketError && error.statusCode === 401 ? 4401 : 4403, code.slice(0, 100));
      }
    },
  );
}
