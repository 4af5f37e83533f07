/**
 * Scores analyzeTranscript against labelled calls: by default every labelled set
 * (transcripts-dev.jsonl and transcripts-dev-2.jsonl: writers dev, devtA, devtB), per writer
 * and pooled. The analyser has no fitted parameters — its rules take nothing from the labels —
 * so leave-one-writer-out equals scoring each writer on its own; the pooled figure is the target.
 *   npx tsx scripts/eval-transcripts.ts [path/to/transcripts.jsonl ...] [--verbose]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeTranscript } from '../src/analytics/transcripts/analyze-transcript.ts';
import { compareKeys, emptyScore, f1, precision, recall, type Mismatches, type Score } from '../src/analytics/transcripts/evaluation.ts';
import type { DisclosureKind, TranscriptSegment } from '../src/analytics/transcripts/types.ts';
import { writerOf } from '../src/knowledge/matching/lindendaal-data.ts';
import { reportByWriter } from './eval-report.ts';

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

interface Scored {
  call: LabelledCall;
  violations: Score;
  disclosures: Score;
  silences: Score;
  verified: boolean;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const given = args.filter((a) => !a.startsWith('--'));
const paths = (given.length > 0 ? given : ['lindendaal/transcripts-dev.jsonl', 'lindendaal/transcripts-dev-2.jsonl']).map((p) =>
  resolve(p),
);
const calls = paths.flatMap((path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledCall),
);
const report: string[] = [];

function describe(call: LabelledCall, label: string, mismatches: Mismatches): void {
  const show = (key: string): string => {
    const segment = call.segments[Number(key.split(':')[0])];
    return segment ? `      ${key}  ${segment.speaker}: ${segment.text}` : `      ${key}`;
  };
  if (mismatches.missed.length > 0) report.push(`  ${label} missed:`, ...mismatches.missed.map(show));
  if (mismatches.extra.length > 0) report.push(`  ${label} extra:`, ...mismatches.extra.map(show));
}

const scored: Scored[] = calls.map((call) => {
  const result = analyzeTranscript(call.segments);
  const s: Scored = {
    call,
    violations: emptyScore(),
    disclosures: emptyScore(),
    silences: emptyScore(),
    verified: result.verifiedAtSegment === call.labels.verifiedAtSegment,
  };
  const before = report.length;
  report.push(`${call.id}`);
  describe(
    call,
    'violation',
    compareKeys(
      s.violations,
      call.labels.violations.map(String),
      result.disclosures.filter((d) => d.beforeVerification).map((d) => String(d.segment)),
    ),
  );
  describe(
    call,
    'disclosure',
    compareKeys(
      s.disclosures,
      call.labels.disclosures.map((d) => `${d.segment}:${d.kind}`),
      result.disclosures.map((d) => `${d.segment}:${d.kind}`),
    ),
  );
  describe(
    call,
    'silence',
    compareKeys(
      s.silences,
      call.labels.silences.map((x) => String(x.afterSegment)),
      result.silences.map((x) => String(x.afterSegment)),
    ),
  );
  if (!s.verified) report.push(`  verifiedAtSegment: expected ${call.labels.verifiedAtSegment}, got ${result.verifiedAtSegment}`);
  if (report.length === before + 1) report.pop();
  return s;
});

const sum = (set: readonly Scored[], key: 'violations' | 'disclosures' | 'silences'): Score =>
  set.reduce(
    (acc, s) => ({
      truePositives: acc.truePositives + s[key].truePositives,
      falsePositives: acc.falsePositives + s[key].falsePositives,
      falseNegatives: acc.falseNegatives + s[key].falseNegatives,
    }),
    emptyScore(),
  );
const line = (name: string, score: Score): string =>
  `    ${name.padEnd(24)} P ${precision(score).toFixed(3)}  R ${recall(score).toFixed(3)}  F1 ${f1(score).toFixed(3)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`;

if (verbose) console.log(report.length > 0 ? `Mismatches\n${report.join('\n')}\n` : 'No mismatches.\n');
console.log(`Transcripts: ${calls.length} calls from ${paths.join(', ')}`);
let pooled = { violations: 0, silences: 0, verified: 0, n: 0 };
reportByWriter(
  scored,
  (s) => writerOf(s.call),
  (label, set) => {
    const verified = set.filter((s) => s.verified).length;
    console.log(
      `${label}: ${set.length} calls, verifiedAtSegment accuracy ${(verified / set.length).toFixed(3)} (${verified}/${set.length})`,
    );
    console.log(line('violations (segment)', sum(set, 'violations')));
    console.log(line('disclosures (seg+kind)', sum(set, 'disclosures')));
    console.log(line('silences', sum(set, 'silences')));
    pooled = { violations: f1(sum(set, 'violations')), silences: f1(sum(set, 'silences')), verified, n: set.length };
  },
);
const target = pooled.violations >= 0.95 && pooled.silences === 1 && pooled.verified >= 0.95 * pooled.n;
console.log(
  `Summary (pooled): violations F1 ${pooled.violations.toFixed(3)}, silences F1 ${pooled.silences.toFixed(3)}, verification ${pooled.verified}/${pooled.n} — ${target ? 'meets' : 'below'} the target (violations F1 ≥ 0.95, verification ≥ 95%, exact silences).`,
);
