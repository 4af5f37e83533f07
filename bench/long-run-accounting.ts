import { percentile } from './bench-databases.ts';
import type { Storage } from './loket-nodes.ts';

/** What the long run sent on one channel, and what reached an agent. */
export interface Tally {
  sent: number;
  failed: number;
  delivered: Set<string>;
  sentAt: Map<string, number>;
  latency: number[];
}
export const tally = (): Tally => ({ sent: 0, failed: 0, delivered: new Set(), sentAt: new Map(), latency: [] });

export type Kind = 'webchat' | 'email' | 'formulier' | 'telefoon' | 'antwoord';

/** The run's messages as stored in `bericht`, per kind, recognised by the channel ids the run gave them. */
export async function countStored(storage: Storage, run: string): Promise<Record<Kind, number>> {
  const database = await storage.open();
  try {
    const count = async (column: 'kanaal_bericht_id' | 'inhoud', like: string, richting: 'inkomend' | 'uitgaand') =>
      Number(
        (
          await database.db
            .selectFrom('bericht')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('richting', '=', richting)
            .where(column, 'like', like)
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      webchat: await count('kanaal_bericht_id', '%:b%', 'inkomend'),
      email: await count('kanaal_bericht_id', `<lr-${run}-%`, 'inkomend'),
      formulier: await count('kanaal_bericht_id', `contactformulier:lr-${run}-%`, 'inkomend'),
      telefoon: await count('kanaal_bericht_id', `lr-${run}-%:newCall`, 'inkomend'),
      antwoord: await count('inhoud', `%(${run}).`, 'uitgaand'),
    };
  } finally {
    await database.close();
  }
}

/** Sent / stored / delivered per kind, ✓ when all three agree and nothing failed. */
export function printAccounting(kinds: Record<Kind, Tally>, stored: Record<Kind, number>, repliesSeen: number): void {
  console.log(`  afrekening (verzonden / opgeslagen / bij een agent; mislukt):`);
  for (const [kind, t] of Object.entries(kinds) as [Kind, Tally][]) {
    const delivered = kind === 'antwoord' ? repliesSeen : t.delivered.size;
    const sorted = [...t.latency].sort((a, b) => a - b);
    const ok = t.sent === stored[kind] && stored[kind] === delivered && t.failed === 0;
    console.log(
      `    ${kind.padEnd(9)} ${t.sent} / ${stored[kind]} / ${delivered}${kind === 'antwoord' ? ' (bij de widget)' : ''}; mislukt ${t.failed}` +
        (sorted.length ? `; → agent p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms` : '') +
        (ok ? '  ✓' : '  ✗'),
    );
  }
}
