import { describe, expect, it } from 'vitest';
import { ANDERS, beginKeuze, gekozenCategorie, onderwerpKeuzes, onderwerpLabel } from './afhandeling-logic.ts';

describe('the wrap-up topic', () => {
  it('lists each kennisbank category once, in Dutch order', () => {
    expect(onderwerpKeuzes(['parkeren', 'afval', 'Afval ', '', 'openbare-ruimte', 'afval'])).toEqual([
      'afval',
      'openbare-ruimte',
      'parkeren',
    ]);
  });
  it('shows a slug as words', () => {
    expect(onderwerpLabel('openbare-ruimte')).toBe('Openbare ruimte');
    expect(onderwerpLabel('zorg-en-welzijn')).toBe('Zorg en welzijn');
    expect(onderwerpLabel('Afval')).toBe('Afval');
  });
  it('starts on the detected topic only when it is one of the list', () => {
    expect(beginKeuze(['afval', 'parkeren'], 'Afval')).toBe('afval');
    expect(beginKeuze(['afval', 'parkeren'], 'onbekend')).toBe('');
    expect(beginKeuze(['afval'], null)).toBe('');
  });
  it('sends the chosen topic, or the typed one for Anders', () => {
    expect(gekozenCategorie('afval', 'genegeerd')).toBe('afval');
    expect(gekozenCategorie(ANDERS, '  Hondenbelasting ')).toBe('Hondenbelasting');
    expect(gekozenCategorie(ANDERS, '  ')).toBe('');
    expect(gekozenCategorie('', '')).toBe('');
  });
});
