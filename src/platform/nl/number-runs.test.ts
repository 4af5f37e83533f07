import { describe, expect, it } from 'vitest';
import { findDigitRuns } from './number-runs.ts';

describe('findDigitRuns', () => {
  it('joins spoken and written numbers separated by spaces, commas and dashes', () => {
    expect(findDigitRuns('nul zes, twaalf, vierendertig en 020-123 4567').map((r) => r.digits)).toEqual(['061234', '0201234567']);
  });
  it('splits at the end of a sentence and keeps a leading plus', () => {
    expect(findDigitRuns('Bel +31 6 12. Negen mensen.').map((r) => r.digits)).toEqual(['+31612', '9']);
  });
});
