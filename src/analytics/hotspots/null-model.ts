import { priorShares } from './baseline.ts';
import type { TopicTable } from './count-table.ts';
import { estimateShareConcentration } from './dispersion.ts';
import type { NullModel } from './scan-windows.ts';

/**
 * The prior on a wijk's share of a topic: its share π_w of all contacts, weighing ν·π_w contacts,
 * with ν learnt from how closely all topics follow π (dispersion.ts) unless `priorStrength` fixes
 * the weight. A rare or misclassification-diluted topic thus borrows its spread over the wijken
 * from the city's other topics rather than from its own handful of contacts.
 */
export function buildNullModel(
  tables: readonly TopicTable[],
  wijken: readonly string[],
  inwoners: ReadonlyMap<string, number>,
  priorStrength: number | undefined,
): NullModel & { concentration: number | null } {
  const contactsPerWijk = wijken.map((_, w) => tables.reduce((s, t) => s + t.counts[w]!.reduce((a, b) => a + b, 0), 0));
  const shares = priorShares(wijken, inwoners, contactsPerWijk);
  const concentration =
    priorStrength === undefined
      ? estimateShareConcentration(
          tables.map((t) => t.counts),
          shares,
        )
      : null;
  return {
    shares,
    priorStrengths: shares.map((s) => (concentration === null ? priorStrength! : concentration * s)),
    concentration,
  };
}
