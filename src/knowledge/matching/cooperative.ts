import { performance } from 'node:perf_hooks';

/**
 * Work that can pause: a generator that yields between pieces (a document, a posting list) and
 * returns its result. Building the matcher's index over a large kennisbank takes seconds of
 * pure computation; run in one go it would freeze every socket and request of the node.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end at once. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The event loop gets a turn (setImmediate: after pending I/O) at least this often. */
export const SLICE_MS = 10;

/** Runs the steps in slices of about `sliceMs`, letting the event loop serve others in between. */
export async function runCooperatively<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}
