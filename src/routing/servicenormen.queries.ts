import type { Db } from '../db/transaction.ts';

export interface Servicenorm {
  kanaal: string;
  normSeconden: number;
  doelPercentage: number;
}

const kolommen = ['kanaal', 'norm_seconden', 'doel_percentage'] as const;
const alsNorm = (r: { kanaal: string; norm_seconden: number; doel_percentage: number }): Servicenorm => ({
  kanaal: r.kanaal,
  normSeconden: r.norm_seconden,
  doelPercentage: r.doel_percentage,
});

export async function leesServicenormen(db: Db): Promise<Servicenorm[]> {
  return (await db.selectFrom('servicenorm').select(kolommen).orderBy('kanaal').execute()).map(alsNorm);
}

export async function bewaarServicenorm(db: Db, norm: Servicenorm, op: Date): Promise<Servicenorm> {
  const waarden = { norm_seconden: norm.normSeconden, doel_percentage: norm.doelPercentage, gewijzigd_op: op };
  const rij = await db
    .insertInto('servicenorm')
    .values({ kanaal: norm.kanaal, ...waarden })
    .onConflict((oc) => oc.column('kanaal').doUpdateSet(waarden))
    .returning(kolommen)
    .executeTakeFirstOrThrow();
  return alsNorm(rij);
}
