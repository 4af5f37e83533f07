import { defineStateMachine } from '../platform/state-machine.ts';

/**
 * A gesprek's status: open → toegewezen → wacht_op_klant → afgehandeld. A citizen's new message
 * brings a waiting gesprek back to its agent and reopens a closed one.
 */
export type GesprekStatus = 'open' | 'toegewezen' | 'wacht_op_klant' | 'afgehandeld';

export const gesprekStatus = defineStateMachine<
  GesprekStatus,
  'toewijzen' | 'terugleggen' | 'wachtOpKlant' | 'klantReageert' | 'afhandelen' | 'heropenen'
>({
  toewijzen: { from: ['open', 'toegewezen', 'wacht_op_klant'], to: 'toegewezen' },
  terugleggen: { from: ['toegewezen', 'wacht_op_klant'], to: 'open' },
  wachtOpKlant: { from: ['toegewezen'], to: 'wacht_op_klant' },
  klantReageert: { from: ['wacht_op_klant'], to: 'toegewezen' },
  afhandelen: { from: ['open', 'toegewezen', 'wacht_op_klant'], to: 'afgehandeld' },
  heropenen: { from: ['afgehandeld'], to: 'open' },
});
export type GesprekTransition = keyof typeof gesprekStatus.transitions;

/** What a new inbound message does to a gesprek in the given status, if anything. */
export function transitionOnInbound(status: GesprekStatus): GesprekTransition | undefined {
  if (status === 'afgehandeld') return 'heropenen';
  if (status === 'wacht_op_klant') return 'klantReageert';
  return undefined;
}
