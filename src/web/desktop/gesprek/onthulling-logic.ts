import type { RealtimeEvent } from '../api/types.ts';

/** The warning to the agent on a call (ALERT_ONTHULLING in src/analytics/gesprekskwaliteit/alerts.ts). */
export const ALERT_ONTHULLING = 'analyse.waarschuwing';

export interface Onthulling {
  /** Unique per hit, so a repeated frame does not show twice. */
  key: string;
  /** What kind of detail was disclosed (zaakstatus, adres, bsn, ...), never its value. */
  gegeven: string;
}

/** A disclosure warning about this gesprek from a realtime frame, or null for any other frame. */
export function onthulling(event: RealtimeEvent, gesprekId: string): Onthulling | null {
  if (event.type !== ALERT_ONTHULLING || event.data.gesprekId !== gesprekId) return null;
  const { gegeven, segment, start } = event.data;
  if (typeof gegeven !== 'string' || gegeven === '') return null;
  return { key: `${String(segment)}|${String(start)}|${gegeven}`, gegeven };
}

/** Each hit once, in the order they came. */
export function metOnthulling(list: readonly Onthulling[], hit: Onthulling): Onthulling[] {
  return list.some((o) => o.key === hit.key) ? [...list] : [...list, hit];
}

/** The kinds disclosed, each named once: "zaakstatus" twice is still one thing to verify for. */
export function soorten(list: readonly Onthulling[]): string[] {
  return [...new Set(list.map((o) => o.gegeven))];
}
