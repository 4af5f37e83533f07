/**
 * The null model, for one topic in one wijk: each contact about the topic in week k comes
 * from this wijk with probability p (its share of the topic). Conditioning on the week's
 * city-wide total T_k makes the topic's trend part of the expectation: a leaf-basket wave
 * raises T_k everywhere and raises no alarm. The observed count is then
 * BetaBinomial(T_k, α, β), where Beta(α, β) is what we know about p:
 *   prior: mean = the wijk's share of ALL contacts (its general propensity to contact us,
 *          itself shrunk to its population share), weighing `priorStrength` contacts from
 *          the wijk (by default ν × that share, ν learnt across all topics: null-model.ts);
 *   data:  the topic's counts in this wijk and in the whole city in the baseline weeks
 *          (every week except the run of weeks under test and cells already flagged).
 * The Beta's spread is the honest uncertainty of a share learnt from a handful of contacts;
 * a plain Poisson/binomial with a point estimate flags small wijken and rare topics too often.
 */
export interface SharePosterior {
  alpha: number;
  beta: number;
}

/** Pseudo-contacts behind the population prior: it only matters until a few hundred are placed. */
const POPULATION_PRIOR_CONTACTS = 200;

export function priorShares(
  wijken: readonly string[],
  inwoners: ReadonlyMap<string, number>,
  contactsPerWijk: readonly number[],
): number[] {
  // A wijk with (almost) no inhabitants, such as a business park, still gets contacts.
  const people = wijken.map((w) => Math.max(inwoners.get(w) ?? 0, 1));
  const totalPeople = people.reduce((a, b) => a + b, 0);
  const totalContacts = contactsPerWijk.reduce((a, b) => a + b, 0);
  return people.map(
    (p, w) => (contactsPerWijk[w]! + (POPULATION_PRIOR_CONTACTS * p) / totalPeople) / (totalContacts + POPULATION_PRIOR_CONTACTS),
  );
}

export function sharePosterior(priorShare: number, priorStrength: number, baselineWijk: number, baselineCity: number): SharePosterior {
  const share = Math.min(Math.max(priorShare, 1e-6), 1 - 1e-6);
  return {
    alpha: priorStrength + baselineWijk,
    beta: (priorStrength * (1 - share)) / share + (baselineCity - baselineWijk),
  };
}
