import { describe, expect, it } from 'vitest';
import { LoketError } from './errors.ts';
import { defineStateMachine } from './state-machine.ts';

const machine = defineStateMachine({
  afhandelen: { from: ['open'], to: 'afgehandeld' },
  heropenen: { from: ['afgehandeld'], to: 'open' },
});

describe('defineStateMachine', () => {
  it('follows named transitions', () => {
    expect(machine.next('open', 'afhandelen')).toBe('afgehandeld');
    expect(machine.next('afgehandeld', 'heropenen')).toBe('open');
    expect(machine.allowed('open')).toEqual(['afhandelen']);
  });
  it('refuses a transition from the wrong state with a 409', () => {
    try {
      machine.next('open', 'heropenen');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LoketError);
      expect((error as LoketError).statusCode).toBe(409);
    }
  });
});
