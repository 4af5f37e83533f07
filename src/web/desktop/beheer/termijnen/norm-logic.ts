import { NORM_GRENZEN } from '../../../../contract/servicenormen.ts';

export type Eenheid = 'seconden' | 'minuten' | 'uren';
export const EENHEDEN: readonly Eenheid[] = ['seconden', 'minuten', 'uren'];
const SECONDEN: Record<Eenheid, number> = { seconden: 1, minuten: 60, uren: 3600 };

export interface NormFormulier {
  getal: string;
  eenheid: Eenheid;
  doel: string;
}

export type NormFout = { veld: 'getal'; soort: 'getal' | 'teGroot' } | { veld: 'doel'; soort: 'doel' };

/** The norm in the largest unit that writes it as a whole number: 1800 → 30 minuten. */
export function normBeginwaarden(normSeconden: number, doelPercentage: number): NormFormulier {
  const eenheid = normSeconden % 3600 === 0 ? 'uren' : normSeconden % 60 === 0 ? 'minuten' : 'seconden';
  return { getal: String(normSeconden / SECONDEN[eenheid]), eenheid, doel: String(doelPercentage) };
}

/** What the server will accept (the same bounds, from the contract), or the first field at fault. */
export function normInvoer(w: NormFormulier): { invoer: { normSeconden: number; doelPercentage: number } } | { fout: NormFout } {
  const getal = w.getal.trim().replace(',', '.');
  const normSeconden = /^\d+(\.\d+)?$/.test(getal) ? Number(getal) * SECONDEN[w.eenheid] : NaN;
  if (!Number.isInteger(normSeconden) || normSeconden < NORM_GRENZEN.normSeconden.min) return { fout: { veld: 'getal', soort: 'getal' } };
  if (normSeconden > NORM_GRENZEN.normSeconden.max) return { fout: { veld: 'getal', soort: 'teGroot' } };
  const doel = w.doel.trim();
  const doelPercentage = /^\d+$/.test(doel) ? Number(doel) : NaN;
  if (!(doelPercentage >= NORM_GRENZEN.doelPercentage.min && doelPercentage <= NORM_GRENZEN.doelPercentage.max))
    return { fout: { veld: 'doel', soort: 'doel' } };
  return { invoer: { normSeconden, doelPercentage } };
}
