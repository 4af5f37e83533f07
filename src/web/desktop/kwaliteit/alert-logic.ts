import type { RealtimeEvent } from '../api/types.ts';

/** The realtime event type of a phrase alert (ALERT_ZIN in src/analytics/gesprekskwaliteit/alerts.ts). */
export const ALERT_ZIN = 'analyse.zin';
export const MAX_ALERTS = 5;

export interface ZinAlert {
  /** Unique per hit, so a repeated frame does not show twice. */
  key: string;
  gesprekId: string;
  medewerkerId: string | null;
  kanaal: string;
  zin: string;
  ontvangenOp: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A phrase alert from a realtime frame, or null for any other frame or one missing what the panel shows. */
export function zinAlert(event: RealtimeEvent, now: Date): ZinAlert | null {
  if (event.type !== ALERT_ZIN) return null;
  const gesprekId = text(event.data.gesprekId);
  const zin = text(event.data.zin);
  if (!gesprekId || !zin) return null;
  const segment = typeof event.data.segment === 'number' ? event.data.segment : -1;
  const start = typeof event.data.start === 'number' ? event.data.start : -1;
  return {
    key: `${gesprekId}|${start}|${segment}|${zin}`,
    gesprekId,
    medewerkerId: text(event.data.medewerkerId),
    kanaal: text(event.data.kanaal) ?? 'telefoon',
    zin,
    ontvangenOp: now.toISOString(),
  };
}

/** Newest first, each hit once, the oldest dropped past MAX_ALERTS so the panel stays small. */
export function metAlert(alerts: readonly ZinAlert[], alert: ZinAlert): ZinAlert[] {
  if (alerts.some((a) => a.key === alert.key)) return [...alerts];
  return [alert, ...alerts].slice(0, MAX_ALERTS);
}
