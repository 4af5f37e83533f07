import { defineError } from './errors.ts';

export const TransitionNotAllowed = defineError(
  'LOKET_TRANSITION_NOT_ALLOWED',
  409,
  'Deze statuswijziging is vanuit de huidige status niet toegestaan.',
  'This status change is not allowed from the current status.',
);

export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
}

/**
 * A status as a state machine: named transitions, each allowed only from given states, instead
 * of free assignment of a status column.
 */
export function defineStateMachine<S extends string, T extends string>(transitions: Record<T, Transition<S>>) {
  return {
    transitions,
    /** The state after `transition`, or a 409 when it is not allowed from `current`. */
    next(current: S, transition: T): S {
      const rule = transitions[transition];
      if (!rule.from.includes(current)) throw TransitionNotAllowed();
      return rule.to;
    },
    allowed(current: S): T[] {
      return (Object.keys(transitions) as T[]).filter((t) => transitions[t].from.includes(current));
    },
  };
}
