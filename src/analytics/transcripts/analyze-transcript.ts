/**
 * Transcript analysis for conversation analytics: silences, the moment the caller was
 * identified, disclosures of personal or case information (and whether they came before
 * identification), and phrases that signal escalation.
 */
import { findDisclosures } from './disclosures.ts';
import { DEFAULT_PHRASES, findPhrases } from './phrases.ts';
import { findSilences } from './silences.ts';
import type { AnalyzeOptions, TranscriptAnalysis, TranscriptSegment } from './types.ts';
import { findVerification } from './verification.ts';

export const DEFAULT_SILENCE_SECONDS = 5;

export function analyzeTranscript(segments: TranscriptSegment[], options: AnalyzeOptions = {}): TranscriptAnalysis {
  const detected = findVerification(segments);
  const pressed = options.verifiedAtSegment ?? null;
  // The desktop button counts as verification too; whichever came first applies.
  const verifiedAtSegment = pressed === null ? detected : detected === null ? pressed : Math.min(detected, pressed);
  const disclosures = findDisclosures(segments).map((d) => ({
    ...d,
    beforeVerification: verifiedAtSegment === null || d.segment < verifiedAtSegment,
  }));
  return {
    silences: findSilences(segments, options.silenceSeconds ?? DEFAULT_SILENCE_SECONDS),
    verifiedAtSegment,
    disclosures,
    phrases: findPhrases(segments, options.phrases ?? DEFAULT_PHRASES),
  };
}
