/** log Γ(x) for x > 0 (Lanczos, g = 7); accurate to ~1e-15, plenty for tail probabilities. */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const logBeta = (a: number, b: number): number => logGamma(a) + logGamma(b) - logGamma(a + b);

/**
 * P(X ≥ k) for X ~ BetaBinomial(n, α, β): n trials whose success probability is itself
 * Beta(α, β). Summed upwards from k (no 1 − x cancellation), so tails of 1e-20 stay exact.
 */
export function betaBinomialUpperTail(k: number, n: number, alpha: number, beta: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  const logChoose = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
  let term = Math.exp(logChoose + logBeta(k + alpha, n - k + beta) - logBeta(alpha, beta));
  let sum = 0;
  for (let x = k; x <= n; x++) {
    sum += term;
    term *= ((n - x) / (x + 1)) * ((x + alpha) / (n - x - 1 + beta));
  }
  return Math.min(1, sum);
}
