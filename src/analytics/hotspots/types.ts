/** Contacts about one topic (an articleId or a category) in one wijk in one ISO week. */
export interface WeeklyCount {
  topic: string;
  wijk: string;
  /** Monday of the ISO week, YYYY-MM-DD. */
  weekStart: string;
  count: number;
}

export interface HotspotOptions {
  /** Family-wise error rate over all cells of one run (Holm); default 0.05. */
  alpha?: number;
  /**
   * Instead of `alpha`: the expected number of false alarms (false runs of weeks) allowed per
   * 13 weeks of data, spent with Bonferroni. Not set by default.
   */
  falseAlarmsPerQuarter?: number;
  /** Fewest contacts in a cell before it can be a hotspot; default 5. */
  minCount?: number;
  /** Observed must also be at least this multiple of expected; default 1.5. */
  minRatio?: number;
  /**
   * Weight, in contacts from the wijk, of the prior on its share of a topic. Default: learnt
   * from how closely all topics follow the wijken's overall shares (dispersion.ts).
   */
  priorStrength?: number;
  /** Re-estimation rounds that drop flagged cells from baselines; default 5. */
  maxRounds?: number;
  /** Longest run of consecutive weeks tested as one window; default 4. */
  maxWindow?: number;
}

export interface Hotspot {
  topic: string;
  wijk: string;
  weekStart: string;
  observed: number;
  /** What the rest of the city that week predicts for this wijk: elsewhere × p/(1 − p). */
  expected: number;
  /**
   * One-sided tail probability, before multiple-testing correction, of the strongest
   * significant run of weeks this week belongs to (often just this week).
   */
  pValue: number;
  /** −log10(pValue): higher is more surprising. */
  score: number;
}
