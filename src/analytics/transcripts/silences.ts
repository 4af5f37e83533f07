import type { Silence, TranscriptSegment } from './types.ts';

export function findSilences(segments: TranscriptSegment[], silenceSeconds: number): Silence[] {
  const silences: Silence[] = [];
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (!next) return;
    // Rounded to milliseconds so 60.1 − 55.1 counts as the 5.0 s it is.
    const gap = Math.round((next.start - segment.end) * 1000) / 1000;
    if (gap >= silenceSeconds) silences.push({ start: segment.end, end: next.start, afterSegment: i });
  });
  return silences;
}
