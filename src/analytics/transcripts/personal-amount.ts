/**
 * An amount the caller owes, paid or receives ("er staat nog € 112,40 open"), as opposed to
 * a general fee or limit ("een paspoort kost € 86,90", "maximaal € 22,40 per vier weken").
 */
import { findMoneyAmounts } from '../../platform/nl/money-amount.ts';
import type { CallerRecord } from './caller-record.ts';
import type { Clause } from './clauses.ts';

const PERSONAL =
  /\b(?:afgeschreven|geïncasseerd|geind|open|openstaat|openstaand|achterstand|kwijtgescholden|aangeslagen|uitbetaald|uitgekeerd|overgemaakt|teruggestort|terugbetaald|verrekend|tegoed|bij u|van u|aan u|uw|u (?:krijgt|ontvangt|moet|heeft|bent)|krijgt u|ontvangt u|moet u nog|(?:heeft|had|hebt) u|betaald|ingehouden|het gaat om)\b/;
const GENERAL =
  /(?:tarief|tarieven|\bkost\b|\bkosten\b|\bleges\b|\bper (?:jaar|maand|uur|week|dag|vier weken|stuk|persoon|kind)\b|\bvoor iedereen\b|\bmaximaal\b|\bminimaal\b|\bmeer dan\b|\bminder dan\b|\bwaard\b|\bgrens\b|^(?:als|zolang|wanneer|indien)\b)/;

export function hasAmount(clause: Clause): boolean {
  return findMoneyAmounts(clause.text).length > 0;
}

export function isPersonalAmount(clause: Clause, said: CallerRecord): boolean {
  const amounts = findMoneyAmounts(clause.text);
  if (amounts.length === 0 || amounts.every((a) => said.amounts.has(a.cents))) return false;
  return PERSONAL.test(clause.lower) && !GENERAL.test(clause.lower);
}

/** A fee, tariff or limit: general information even when read from a file. */
export function isGeneralAmount(clause: Clause): boolean {
  return GENERAL.test(clause.lower);
}
