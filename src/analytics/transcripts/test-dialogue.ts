import type { TranscriptSegment } from './types.ts';

/** Builds a transcript from alternating lines, one second each, for tests. */
export function dialogue(...lines: [TranscriptSegment['speaker'], string][]): TranscriptSegment[] {
  return lines.map(([speaker, text], i) => ({ speaker, text, start: i * 2, end: i * 2 + 1 }));
}
