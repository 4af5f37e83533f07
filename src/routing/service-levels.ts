import { plusWerktijd, werktijdTussen, type Kalender } from '../werktijd/deadline.ts';

/**
 * How many contacts of a channel an agent handles at once (blended agents take e.g. one call, or
 * three chats plus e-mail). The response-time norms per channel are the beheerder's and live in
 * the database (servicenormen.service.ts).
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

/** A channel without a norm of its own is answered within a day. */
export const STANDAARD_NORM_SECONDEN = 24 * 3600;

export function capacityFor(kanaal: string): number {
  return CAPACITY[kanaal] ?? 5;
}

/**
 * When a citizen waiting since `wachtSinds` should have an answer: the channel's norm (in seconds) counted in
 * working time (a chat waiting from Friday 16:59:30 with a 1-minute norm is due on Monday 30
 * seconds after opening), like the service-norm report.
 */
export function serviceLevelDeadline(normSeconden: number, wachtSinds: Date | string | null, kalender: Kalender): Date | null {
  if (!wachtSinds) return null;
  return plusWerktijd(kalender, new Date(wachtSinds), normSeconden / 60);
}

/** Working-time seconds left until the deadline at `now` (the app's clock); negative once it passed. */
export function serviceLevelResterend(deadline: Date, now: Date, kalender: Kalender): number {
  const seconden = (van: Date, tot: Date) => Math.round(werktijdTussen(kalender, van, tot) * 60);
  return deadline >= now ? seconden(now, deadline) : -seconden(deadline, now);
}
