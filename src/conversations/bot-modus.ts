import type { BotModus } from '../db/schema.ts';
import { defineStateMachine } from '../platform/state-machine.ts';

export type { BotModus };

/**
 * Whether the bot answers a gesprek. A gesprek starts 'actief' when the bot takes it (or 'uit'),
 * and leaves 'actief' once: the bot hands it over (no sure answer, the citizen asks for a person,
 * an emergency, or the bot's turn failed), or an agent takes it from the bot. Routing leaves an
 * 'actief' gesprek alone; nothing brings the bot back into a gesprek.
 */
export const botModus = defineStateMachine<BotModus, 'overdragen' | 'overnemen'>({
  overdragen: { from: ['actief'], to: 'overgedragen' },
  overnemen: { from: ['actief'], to: 'overgedragen' },
});
export type BotModusTransition = keyof typeof botModus.transitions;
