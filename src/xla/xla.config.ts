import { ConfigError, integer, type Env } from '../config-values.ts';

/** The channels a survey can go out on: the ones where Loket can reach the citizen afterwards. */
export const ENQUETE_KANALEN = ['webchat', 'whatsapp', 'email'] as const;
export type EnqueteKanaal = (typeof ENQUETE_KANALEN)[number];

export interface XlaConfig {
  /** Channels that get a survey after a closed gesprek (ENQUETE_KANALEN="webchat,whatsapp,email"; default none). */
  kanalen: EnqueteKanaal[];
  /** Days a survey link stays valid (ENQUETE_GELDIG_DAGEN, default 7). */
  geldigDagen: number;
}

export function xla(env: Env): XlaConfig {
  const kanalen = (env.ENQUETE_KANALEN ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const kanaal of kanalen) {
    if (!(ENQUETE_KANALEN as readonly string[]).includes(kanaal)) {
      throw new ConfigError('ENQUETE_KANALEN', `expected some of ${ENQUETE_KANALEN.join(', ')}, separated by commas; got "${kanaal}"`);
    }
  }
  return { kanalen: [...new Set(kanalen)] as EnqueteKanaal[], geldigDagen: integer(env, 'ENQUETE_GELDIG_DAGEN', 7, 1, 90) };
}
