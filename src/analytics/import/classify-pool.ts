import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Matcher } from '../../knowledge/matching/matcher.ts';
import type { TopicGuess } from '../../knowledge/matching/types.ts';
import type { ClassifierInputs } from '../topics/classifier.ts';
import { fromRoot } from '../../db/paden.ts';

export interface ClassifyPool {
  classify(texts: readonly string[]): Promise<TopicGuess[]>;
  /** Worker threads in use; 0 when classifying on this thread. */
  readonly threads: number;
  close(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;

function startWorker(inputs: ClassifierInputs): Promise<Worker | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(fromRoot('src', 'analytics', 'import', 'classify-worker-boot.mjs'), { workerData: inputs });
    } catch {
      return resolve(null);
    }
    const timer = setTimeout(() => void worker.terminate().then(() => resolve(null)), READY_TIMEOUT_MS);
    worker.once('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
    worker.once('message', () => {
      clearTimeout(timer);
      resolve(worker);
    });
  });
}

/**
 * Classification spread over worker threads (one per core), so a big import classifies while
 * this thread writes to the database. Where workers cannot start (a runtime that cannot load
 * TypeScript in a worker, e.g. the test runner) it classifies on this thread with `fallback`.
 */
export async function createClassifyPool(
  inputs: ClassifierInputs,
  fallback: Matcher,
  threads = availableParallelism(),
): Promise<ClassifyPool> {
  const workers = (await Promise.all(Array.from({ length: Math.max(0, threads) }, () => startWorker(inputs)))).filter(
    (w): w is Worker => w !== null,
  );
  if (workers.length === 0) {
    return { threads: 0, classify: async (texts) => texts.map((t) => fallback.classify(t)), close: async () => undefined };
  }
  const pending = new Map<number, { resolve: (guesses: TopicGuess[]) => void; reject: (error: Error) => void }>();
  for (const w of workers) {
    w.on('message', (m: { id?: number; guesses?: TopicGuess[] }) => {
      if (m.id === undefined) return;
      pending.get(m.id)?.resolve(m.guesses!);
      pending.delete(m.id);
    });
    // A worker that dies fails the import rather than leaving it waiting forever.
    w.on('error', (error) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
  }
  let next = 0;
  return {
    threads: workers.length,
    classify(texts) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, texts });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
