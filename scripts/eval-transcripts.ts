/**
 * Scores analyzeTranscript against labelled calls.
 *   npx tsx scripts/eval-transcripts.ts [path/to/transcripts.jsonl] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeTranscript } from '../src/analytics/transcripts/analyze-transcript.ts';
import { compareKeys, emptyScore, f1, precision, recall, type Mismatches, type Score } from '../src/analytics/transcripts/evaluation.ts';
import type { DisclosureKind, TranscriptSegment } from '../src/analytics/transcripts/types.ts';

interface LabelledCall {
  id: string;
  segments: TranscriptSegment[];
  labels: {
    verifiedAtSegment: number | null;
    violations: number[];
    disclosures: { segment: number; kind: DisclosureKind; beforeVerification: boolean }[];
    silences: { afterSegment: number }[];
  };
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const path = resolve(args.find((a) => !a.startsWith('--')) ?? 'lindendaal/transcripts-dev.jsonl');
const calls = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledCall);

const scores = { violations: emptyScore(), disclosures: emptyScore(), silences: emptyScore() };
let verifiedCorrect = 0;
const report: string[] = [];

function describe(call: LabelledCall, label: string, mismatches: Mismatches): void {
  const show = (key: string): string => {
    const segment = call.segments[Number(key.split(':')[0])];
    return segment ? `      ${key}  ${segment.speaker}: ${segment.text}` : `      ${key}`;
  };
  if (mismatches.missed.length > 0) report.push(`  ${label} missed:`, ...mismatches.missed.map(show));
  if (mismatches.extra.length > 0) report.push(`  ${label} extra:`, ...mismatches.extra.map(show));
}

for (const call of calls) {
  const result = analyzeTranscript(call.segments);
  const before = report.length;
  report.push(`${call.id}`);
  describe(call, 'violation', compareKeys(scores.violations, call.labels.violations.map(String), result.disclosures.filter((d) => d.beforeVerification).map((d) => String(d.segment))));
  describe(call, 'disclosure', compareKeys(scores.disclosures, call.labels.disclosures.map((d) => `${d.segment}:${d.kind}`), result.disclosures.map((d) => `${d.segment}:${d.kind}`)));
  describe(call, 'silence', compareKeys(scores.silences, call.labels.silences.map((s) => String(s.afterSegment)), result.silences.map((s) => String(s.afterSegment))));
  if (result.verifiedAtSegment === call.labels.verifiedAtSegment) verifiedCorrect++;
  else report.push(`  verifiedAtSegment: expected ${call.labels.verifiedAtSegment}, got ${result.verifiedAtSegment}`);
  if (report.length === before + 1) report.pop();
}

const line = (name: string, score: Score): string =>
  `${name.padEnd(24)} P ${precision(score).toFixed(3)}  R ${recall(score).toFixed(3)}  F1 ${f1(score).toFixed(3)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`;

if (verbose) console.log(report.length > 0 ? `Mismatches\n${report.join('\n')}\n` : 'No mismatches.\n');
console.log(`Transcripts: ${calls.length} calls from ${path}`);
console.log(line('violations (segment)', scores.violations));
console.log(line('disclosures (seg+kind)', scores.disclosures));
console.log(line('silences', scores.silences));
console.log(`${'verifiedAtSegment'.padEnd(24)} accuracy ${(verifiedCorrect / calls.length).toFixed(3)} (${verifiedCorrect}/${calls.length})`);
const target = f1(scores.violations) >= 0.95 && f1(scores.silences) === 1;
console.log(`Summary: violations F1 ${f1(scores.violations).toFixed(3)}, disclosures F1 ${f1(scores.disclosures).toFixed(3)}, silences F1 ${f1(scores.silences).toFixed(3)}, verification ${verifiedCorrect}/${calls.length} — ${target ? 'meets' : 'below'} the target (violations F1 ≥ 0.95, exact silences).`);
