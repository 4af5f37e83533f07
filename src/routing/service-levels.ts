import { plusWerktijd, werktijdTussen, type Kalender } from '../werktijd/deadline.ts';

/**
 * Per-channel norms: how many contacts of a channel an agent handles at once (blended agents
 * take e.g. one call, or three chats plus e-mail), and how fast a waiting citizen should get an
 * answer. These follow common Dutch KCC service norms; later a beheerder sets them per team.
 */
export const CAPACITY: Record<string, number> = {
  telefoon: 1,
  webchat: 3,
  whatsapp: 3,
  messenger: 3,
  instagram: 3,
  sms: 3,
  email: 10,
  formulier: 10,
  balie: 1,
};

export const SERVICE_LEVEL_SECONDS: Record<string, number> = {
  telefoon: 30,
  webchat: 60,
  whatsapp: 30 * 60,
  messenger: 30 * 60,
  instagram: 30 * 60,
  sms: 4 * 3600,
  email: 24 * 3600,
  formulier: 3 * 24 * 3600,
  balie: 10 * 60,
};

/** A channel without a norm of its own is answered within a day. */
export const STANDAARD_NORM_SECONDEN = 24 * 3600;

export function capacityFor(kanaal: string): number {
  return CAPACITY[kanaal] ?? 5;
}

/**
 * When a citizen waiting since `wachtSinds` should have an answer: the channel's norm counted in
 * working time (a chat waiting from Friday 16:59:30 with a 1-minute norm is due on Monday 30
 * seconds after opening), like the service-norm report.
 */
export function serviceLevelDeadline(kanaal: string, wachtSinds: Date | string | null, kalender: Kalender): Date | null {
  if (!wachtSinds) return null;
  return plusWerktijd(kalender, new Date(wachtSinds), (SERVICE_LEVEL_SECONDS[kanaal] ?? STANDAARD_NORM_SECONDEN) / 60);
}

/** Working-time seconds left until the deadline at `now` (the app's clock); negative once it passed. */
export function serviceLevelResterend(deadline: Date, now: Date, kalender: Kalender): number {
  const seconden = (van: Date, tot: Date) => Math.round(werktijdTussen(kalender, van, tot) * 60);
  return deadline >= now ? seconden(now, deadline) : -seconden(deadline, now);
}
