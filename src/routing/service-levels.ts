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

export function serviceLevelDeadline(kanaal: string, wachtSinds: Date | string | null): string | null {
  if (!wachtSinds) return null;
  const seconds = SERVICE_LEVEL_SECONDS[kanaal] ?? STANDAARD_NORM_SECONDEN;
  return new Date(new Date(wachtSinds).getTime() + seconds * 1000).toISOString();
}
