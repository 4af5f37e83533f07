import type { StoredAnalyse } from './analyse.queries.ts';
import type { Bron } from './bron.ts';

/** What one analysis run of a gesprek produced; the service returns it, alerts read it. */
export interface AnalyseResult {
  bron: Bron;
  analyse: StoredAnalyse;
  /** Hits this run found that no earlier run of the same gesprek had: what to alert on. */
  nieuweZinnen: StoredAnalyse['zinnen'];
  nieuweOvertredingen: StoredAnalyse['onthullingen'];
}
