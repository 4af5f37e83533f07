import { parentPort, workerData } from 'node:worker_threads';
import { buildMatcher, type ClassifierInputs } from '../topics/classifier.ts';

/** A worker thread with its own copy of the topic classifier: texts in, guesses out. */
const matcher = buildMatcher(workerData as ClassifierInputs);
parentPort!.on('message', ({ id, texts }: { id: number; texts: string[] }) => {
  parentPort!.postMessage({ id, guesses: texts.map((t) => matcher.classify(t)) });
});
parentPort!.postMessage({ ready: true });
