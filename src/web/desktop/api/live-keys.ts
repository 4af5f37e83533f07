import type { QueryKey } from '@tanstack/react-query';
import { keys } from './query-keys.ts';
import type { RealtimeEvent } from './types.ts';

/** Events that change who waits for whom, and so the inbox and its count. */
const WACHTRIJ = ['gesprek.status', 'gesprek.toegewezen', 'gesprek.afgehandeld'];
/** Events that change how the inbox orders or hides a gesprek, not its count. */
const ORDENING = ['gesprek.labels', 'gesprek.gesluimerd', 'gesprek.gewekt'];
/** Events after which the gesprek itself reads differently. */
const GESPREK = ['bericht.nieuw', 'gesprek.toegewezen', 'gesprek.afgehandeld', ...ORDENING];
/** Events that move the team lead's figures. */
const TEAMLEIDER = ['aanwezigheid', 'bericht.nieuw', ...WACHTRIJ];

const inkomend = (event: RealtimeEvent) => (event.data.bericht as { richting?: string } | undefined)?.richting === 'inkomend';

/**
 * The queries a live event makes stale: what a screen used to reload on that event. The socket
 * brings only that something changed, and the screens showing it fetch again.
 */
export function liveKeys(event: RealtimeEvent): QueryKey[] {
  const found: QueryKey[] = [];
  const { type } = event;
  const gesprekId = typeof event.data.gesprekId === 'string' ? event.data.gesprekId : undefined;

  // An agent's own reply does not change the inbox rows; the count is asked again on any message.
  if ((type === 'bericht.nieuw' && inkomend(event)) || WACHTRIJ.includes(type) || ORDENING.includes(type)) found.push(keys.inboxLijsten());
  if (type === 'bericht.nieuw' || WACHTRIJ.includes(type)) found.push(keys.inboxAantallen());
  if (type === 'gesprek.labels') found.push(keys.labels());
  if (gesprekId && GESPREK.includes(type)) found.push(keys.gesprek(gesprekId));
  if (TEAMLEIDER.includes(type)) found.push(keys.teamleider());
  return found;
}
