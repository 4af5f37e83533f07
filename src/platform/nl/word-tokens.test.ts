import { describe, expect, it } from 'vitest';
import { isSentenceBreak, stripDiacritics, tokenize } from './word-tokens.ts';

describe('tokenize', () => {
  it('keeps hyphenated words together and normalises case and diacritics', () => {
    expect(tokenize('Tweeëntwintig, ID-kaart!').map((t) => [t.text, t.norm, t.start])).toEqual([
      ['Tweeëntwintig', 'tweeentwintig', 0],
      ['ID-kaart', 'id-kaart', 15],
    ]);
  });
  it('treats an ellipsis as hesitation and a full stop as a sentence end', () => {
    expect(isSentenceBreak('... ')).toBe(false);
    expect(isSentenceBreak('. ')).toBe(true);
    expect(stripDiacritics('één')).toBe('een');
  });
});
