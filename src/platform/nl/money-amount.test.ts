import { describe, expect, it } from 'vitest';
import { findMoneyAmounts } from './money-amount.ts';

const cents = (text: string) => findMoneyAmounts(text).map((a) => a.cents);

describe('findMoneyAmounts', () => {
  it('reads written amounts', () => {
    expect(cents('Dat is € 45,50 per jaar.')).toEqual([4550]);
    expect(cents('U betaalt 45 euro.')).toEqual([4500]);
    expect(cents('Totaal €1.250,- graag')).toEqual([125000]);
  });
  it('reads spoken amounts with cents', () => {
    expect(cents('Er staat nog tweehonderdzevenentwintig euro vijfendertig open.')).toEqual([22735]);
    expect(cents('U krijgt zeshonderdtwaalf euro en negen cent.')).toEqual([61209]);
    expect(cents('Het is één euro twintig per uur.')).toEqual([120]);
  });
  it('joins thousands spoken as separate words', () => {
    expect(cents('meer dan vierduizend vijfhonderd euro')).toEqual([450000]);
  });
  it('ignores numbers that are not amounts', () => {
    expect(cents('Vijfentwintig uur bezoek en twee weken wachten.')).toEqual([]);
  });
});
