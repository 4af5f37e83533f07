import { describe, expect, it } from 'vitest';
import { findSilences } from './silences.ts';
import type { TranscriptSegment } from './types.ts';

const segment = (start: number, end: number): TranscriptSegment => ({ speaker: 'agent', start, end, text: '' });

describe('findSilences', () => {
  it('reports gaps of at least the threshold after the segment before them', () => {
    const segments = [segment(0, 2), segment(3, 55.1), segment(60.1, 62), segment(66.9, 70)];
    expect(findSilences(segments, 5)).toEqual([{ start: 55.1, end: 60.1, afterSegment: 1 }]);
  });
  it('uses the configured threshold', () => {
    const segments = [segment(0, 2), segment(5, 6)];
    expect(findSilences(segments, 3)).toHaveLength(1);
    expect(findSilences(segments, 3.5)).toHaveLength(0);
  });
});
