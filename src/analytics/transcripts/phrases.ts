import { stripDiacritics } from '../../platform/nl/word-tokens.ts';
import type { PhraseHit, TranscriptSegment } from './types.ts';

export const DEFAULT_PHRASES = ['opzeggen', 'klacht indienen', 'advocaat', 'ombudsman', 'ik ben het er niet mee eens'];

// Hesitations are dropped so "ik ben het er, eh, niet mee eens" still matches.
function normalise(text: string): string {
  const words = stripDiacritics(text.toLowerCase()).split(/[^\p{L}\p{N}]+/u);
  return ` ${words.filter((w) => w !== '' && !/^(eh|ehm|uh|uhm)$/.test(w)).join(' ')} `;
}

/** Phrases the caller says, matched on whole words, ignoring case, punctuation and hesitation. */
export function findPhrases(segments: TranscriptSegment[], phrases: string[]): PhraseHit[] {
  const wanted = phrases.map((phrase) => ({ phrase, key: normalise(phrase) })).filter((p) => p.key.trim() !== '');
  const hits: PhraseHit[] = [];
  segments.forEach((segment, i) => {
    if (segment.speaker !== 'klant') return;
    const text = normalise(segment.text);
    for (const { phrase, key } of wanted) if (text.includes(key)) hits.push({ segment: i, phrase });
  });
  return hits;
}
