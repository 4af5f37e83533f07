import type { WebSocket } from 'ws';
import type { Db } from '../../db/transaction.ts';
import type { InboundPipeline } from '../../conversations/inbound.service.ts';
import { cleanInput } from '../../platform/clean-input.ts';
import { LoketError } from '../../platform/errors.ts';
import type { EventHub, LoketEvent } from '../../platform/realtime/event-bus.ts';
import { publishEvent } from '../../platform/realtime/event-bus.ts';
import { parseClientFrame, type ClientFrame } from './webchat.frames.ts';
import type { Clock } from '../../platform/clock.ts';
import { chatHistory, findChatSession, sessieIdentiteit, toChatMessage } from './webchat.sessions.ts';

const LOGIN_TIMEOUT_MS = 10_000;
type Session = Awaited<ReturnType<typeof findChatSession>>;

function send(socket: WebSocket, frame: Record<string, unknown>) {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

/**
 * One citizen's chat connection. Messages go into the ingest pipeline with the widget's own id,
 * so a message resent after a reconnect is stored once; the citizen hears only about their own
 * session, from whichever node the agent answered on.
 */
export function handleChatSocket(socket: WebSocket, deps: { db: Db; pipeline: InboundPipeline; hub: EventHub; clock: Clock }) {
  let session: Session | undefined;
  let unsubscribe: (() => void) | undefined;
  const loginTimer = setTimeout(() => socket.close(4401, 'aanmelden verwacht'), LOGIN_TIMEOUT_MS);

  const onEvent = (event: LoketEvent) => {
    if (!session || !event.audience.chatSessionIds?.includes(session.id)) return;
    if (event.type === 'bericht.nieuw') {
      const bericht = event.data.bericht as {
        id: string;
        richting: string;
        inhoud: string;
        verzondenOp: string;
        kanaalBerichtId: string | null;
        ingekort?: boolean;
      };
      const sessieId = session.id;
      // The event carries a bounded preview and no metadata; the citizen gets the whole message,
      // and for the municipality's replies whether it is a bot answer to rate, read by its id.
      if (event.data.ingekort === true || bericht.ingekort === true || bericht.richting === 'uitgaand') {
        deps.db
          .selectFrom('bericht')
          .select(['id', 'richting', 'inhoud', 'verzonden_op', 'kanaal_bericht_id', 'metadata'])
          .where('id', '=', bericht.id)
          .executeTakeFirst()
          .then((row) => row && send(socket, { type: 'bericht', bericht: toChatMessage(sessieId, row) }))
          .catch(() =>
            send(socket, { type: 'fout', code: 'LOKET_CHAT_FOUT', message: 'Een bericht kon niet worden geladen. Vernieuw de chat.' }),
          );
        return;
      }
      send(socket, {
        type: 'bericht',
        bericht: toChatMessage(sessieId, { ...bericht, verzonden_op: bericht.verzondenOp, kanaal_bericht_id: bericht.kanaalBerichtId }),
      });
    } else if (event.type === 'typen') {
      send(socket, { type: 'typen', door: 'gemeente' });
    } else if (event.type === 'enquete' && typeof event.data.token === 'string') {
      // The gesprek was closed: the widget shows the survey inline (the link in the chat is the fallback).
      send(socket, { type: 'enquete', token: event.data.token });
    }
  };

  const handle = async (frame: ClientFrame) => {
    if (frame.type === 'aanmelden') {
      session = await findChatSession(deps.db, frame.token);
      clearTimeout(loginTimer);
      unsubscribe?.();
      unsubscribe = deps.hub.subscribeChatSession(session.id, onEvent);
      send(socket, { type: 'aangemeld', sessieId: session.id, berichten: await chatHistory(deps.db, session.id) });
      return;
    }
    if (!session) return send(socket, { type: 'fout', code: 'LOKET_CHAT_NIET_AANGEMELD', message: 'Meld eerst aan met uw chattoken.' });
    if (frame.type === 'hervat') return send(socket, { type: 'geschiedenis', berichten: await chatHistory(deps.db, session.id) });
    if (frame.type === 'typen') {
      const gesprek = await deps.db
        .selectFrom('gesprek')
        .select('id')
        .where('kanaal', '=', 'webchat')
        .where('externe_id', '=', session.id)
        .executeTakeFirst();
      if (gesprek)
        await publishEvent(deps.db, { type: 'typen', audience: { agents: true }, data: { gesprekId: gesprek.id, door: 'inwoner' } });
      return;
    }
    const identiteit = sessieIdentiteit(session, deps.clock.now());
    const result = await deps.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: `${session.id}:${frame.clientId}`,
      afzender: null,
      draad: { externeId: session.id },
      tekst: frame.tekst,
      metadata: session.pagina_url ? { paginaUrl: session.pagina_url } : {},
      ...(identiteit ? { identiteit } : {}),
    });
    // A resent message is not published again: confirm it from the stored history instead.
    if (result.duplicate) {
      const stored = (await chatHistory(deps.db, session.id)).find((m) => m.clientId === frame.clientId);
      send(socket, stored ? { type: 'bericht', bericht: stored } : { type: 'ontvangen', clientId: frame.clientId });
    } else if (!result.processed) {
      send(socket, { type: 'ontvangen', clientId: frame.clientId });
    }
  };

  socket.on('message', (data) => {
    const frame = cleanInput(parseClientFrame(data.toString()));
    if (!frame) return send(socket, { type: 'fout', code: 'LOKET_CHAT_ONGELDIG_BERICHT', message: 'Dit bericht kon niet worden gelezen.' });
    handle(frame).catch((error: unknown) => {
      if (error instanceof LoketError && error.statusCode === 401) {
        send(socket, { type: 'fout', code: error.code, message: error.messages.nl });
        socket.close(4401, error.code);
        return;
      }
      send(socket, { type: 'fout', code: 'LOKET_CHAT_FOUT', message: 'Uw bericht is niet aangekomen. Probeer het opnieuw.' });
    });
  });
  socket.on('close', () => {
    clearTimeout(loginTimer);
    unsubscribe?.();
  });
}
