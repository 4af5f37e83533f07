import { describe, expect, it } from 'vitest';
import { runCooperatively, runNow } from './cooperative.ts';

/** Two steps that note whether the event loop had a turn (a setImmediate queued before them ran) by each. */
function* noting(seen: boolean[], turned: () => boolean) {
  yield;
  seen.push(turned());
  yield;
  seen.push(turned());
  return 42;
}

describe('cooperative steps', () => {
  it('run at once: the event loop gets no turn until they are done', () => {
    let turned = false;
    setImmediate(() => (turned = true));
    const seen: boolean[] = [];
    expect(runNow(noting(seen, () => turned))).toBe(42);
    expect(seen).toEqual([false, false]);
  });

  it('run cooperatively: the event loop gets a turn between slices, and the result is the same', async () => {
    let turned = false;
    setImmediate(() => (turned = true));
    const seen: boolean[] = [];
    // Slices of 0 ms: a turn after every step.
    expect(
      await runCooperatively(
        noting(seen, () => turned),
        0,
      ),
    ).toBe(42);
    expect(seen).toEqual([true, true]);
  });
});
