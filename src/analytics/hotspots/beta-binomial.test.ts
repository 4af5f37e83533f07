import { describe, expect, it } from 'vitest';
import { betaBinomialUpperTail, logGamma } from './beta-binomial.ts';

function binomialUpperTail(k: number, n: number, p: number): number {
  let sum = 0;
  for (let x = k; x <= n; x++) sum += Math.exp(logGamma(n + 1) - logGamma(x + 1) - logGamma(n - x + 1)) * p ** x * (1 - p) ** (n - x);
  return sum;
}

describe('betaBinomialUpperTail', () => {
  it('matches log Γ on known values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 10);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });

  it('tends to the binomial tail when the share is known precisely', () => {
    expect(betaBinomialUpperTail(5, 20, 1e7 * 0.1, 1e7 * 0.9)).toBeCloseTo(binomialUpperTail(5, 20, 0.1), 6);
  });

  it('is uniform over 0..n for Beta(1, 1)', () => {
    expect(betaBinomialUpperTail(4, 9, 1, 1)).toBeCloseTo(6 / 10, 12);
    expect(betaBinomialUpperTail(9, 9, 1, 1)).toBeCloseTo(1 / 10, 12);
  });

  it('has a fatter tail than the binomial with the same mean, and exact edges', () => {
    expect(betaBinomialUpperTail(8, 20, 2, 18)).toBeGreaterThan(binomialUpperTail(8, 20, 0.1));
    expect(betaBinomialUpperTail(0, 5, 1, 1)).toBe(1);
    expect(betaBinomialUpperTail(6, 5, 1, 1)).toBe(0);
    const tiny = betaBinomialUpperTail(60, 60, 5, 500);
    expect(tiny).toBeGreaterThan(0);
    expect(tiny).toBeLessThan(1e-60);
  });
});
