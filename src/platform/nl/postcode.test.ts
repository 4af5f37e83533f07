import { describe, expect, it } from 'vitest';
import { findPostcodes } from './postcode.ts';

const values = (text: string) => findPostcodes(text).map((p) => p.value);

describe('findPostcodes', () => {
  it('finds written postcodes with and without a space', () => {
    expect(values('Mijn postcode is 1017 AB, nummer 4.')).toEqual(['1017 AB']);
    expect(values('Stuur het naar 2511CV.')).toEqual(['2511 CV']);
  });
  it('finds postcodes with a pause before the letters', () => {
    expect(values('Dat is 6221... KL, denk ik.')).toEqual(['6221 KL']);
  });
  it('finds spoken postcodes', () => {
    expect(values('twee vijf één één, eh... C... CV')).toEqual(['2511 CV']);
    expect(values('vijfendertig zevenenveertig B M')).toEqual(['3547 BM']);
  });
  it('reads letters spoken by their Dutch names or the spelling alphabet', () => {
    expect(values('mijn postcode is drie vijf vier vier, ka em. Nummer negen.')).toEqual(['3544 KM']);
    expect(values('3551 es tee, nummer vijf')).toEqual(['3551 ST']);
    expect(values('3546 Hendrik Bernard')).toEqual(['3546 HB']);
  });
  it('ignores incomplete postcodes and other numbers', () => {
    expect(values('Het is 3546... nee, dat weet ik niet.')).toEqual([]);
    expect(values('Het kost 1200 euro.')).toEqual([]);
  });
});
