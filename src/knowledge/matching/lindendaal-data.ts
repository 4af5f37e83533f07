import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { KnowledgeArticle } from './types.ts';
import { fromRoot } from '../../db/paden.ts';

/** Loaders for the Lindendaal fixtures in lindendaal/, used by the eval scripts and tests. */
export const LINDENDAAL_DIR = fromRoot('lindendaal');

export interface LabelledQuestion {
  readonly id: string;
  readonly text: string;
  readonly articleId: string | null;
  readonly category: string | null;
  readonly channel: string;
  readonly kind: 'in_scope' | 'out_of_scope' | 'handoff_request';
}

export function loadKnowledgeBase(dir = LINDENDAAL_DIR): KnowledgeArticle[] {
  return JSON.parse(readFileSync(resolve(dir, 'kennisbank.json'), 'utf8')) as KnowledgeArticle[];
}

export function loadQuestions(dir = LINDENDAAL_DIR): LabelledQuestion[] {
  return readFileSync(resolve(dir, 'vragen-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as LabelledQuestion);
}

/** The labelled question sets, one per writer: the original dev set and writers A, B and C. */
export const QUESTION_FILES = ['vragen-dev.jsonl', 'vragen-dev-2.jsonl'] as const;

export function loadAllQuestions(dir = LINDENDAAL_DIR): LabelledQuestion[] {
  return QUESTION_FILES.flatMap((file) => readJsonLines<LabelledQuestion>(resolve(dir, file)));
}

/** The writer of a labelled item, from its id: "devA-0002" → "devA", "dev-0001" → "dev". */
export function writerOf(item: { readonly id: string }): string {
  return item.id.replace(/-[^-]*$/, '');
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

/** Even and odd question ids: tune on one half, report on the other. */
export function splitHalf(q: LabelledQuestion): 'even' | 'odd' {
  return Number(q.id.replace(/\D/g, '')) % 2 === 0 ? 'even' : 'odd';
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
