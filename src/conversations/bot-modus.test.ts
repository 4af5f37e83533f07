import { describe, expect, it } from 'vitest';
import { botModus } from './bot-modus.ts';

describe('the bot mode of a gesprek', () => {
  it('leaves actief once, by a handover or an agent taking over', () => {
    expect(botModus.next('actief', 'overdragen')).toBe('overgedragen');
    expect(botModus.next('actief', 'overnemen')).toBe('overgedragen');
    expect(botModus.allowed('actief')).toEqual(['overdragen', 'overnemen']);
  });

  it('never brings the bot back, nor into a gesprek it did not take', () => {
    expect(botModus.allowed('overgedragen')).toEqual([]);
    expect(botModus.allowed('uit')).toEqual([]);
    expect(() => botModus.next('overgedragen', 'overdragen')).toThrow(expect.objectContaining({ code: 'LOKET_TRANSITION_NOT_ALLOWED' }));
    expect(() => botModus.next('uit', 'overnemen')).toThrow(expect.objectContaining({ code: 'LOKET_TRANSITION_NOT_ALLOWED' }));
  });
});
