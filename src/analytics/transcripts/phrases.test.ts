import { describe, expect, it } from 'vitest';
import { DEFAULT_PHRASES, findPhrases } from './phrases.ts';
import type { TranscriptSegment } from './types.ts';

const klant = (text: string): TranscriptSegment => ({ speaker: 'klant', start: 0, end: 1, text });
const agent = (text: string): TranscriptSegment => ({ speaker: 'agent', start: 0, end: 1, text });

describe('findPhrases', () => {
  it('finds default phrases in what the caller says, despite hesitation and case', () => {
    const segments = [agent('Waarmee kan ik helpen?'), klant('Nou, ik ben het er, eh, NIET mee eens. Ik neem een advocaat.')];
    expect(findPhrases(segments, DEFAULT_PHRASES)).toEqual([
      { segment: 1, phrase: 'advocaat' },
      { segment: 1, phrase: 'ik ben het er niet mee eens' },
    ]);
  });
  it('matches whole words only and ignores the agent', () => {
    const segments = [klant('Mijn advocaten-kantoor belt.'), agent('U kunt een klacht indienen.')];
    expect(findPhrases(segments, ['advocaat', 'klacht indienen'])).toEqual([]);
  });
  it('uses a configured list', () => {
    expect(findPhrases([klant('Ik wil mijn abonnement stopzetten.')], ['stopzetten'])).toEqual([{ segment: 0, phrase: 'stopzetten' }]);
  });
});
