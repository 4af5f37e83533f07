/**
 * Euro amounts: "€ 45,50", "€45", "45 euro", "EUR 12,-", and spoken forms such as
 * "honderdtwaalf euro veertig", "negenhonderd euro en zestien cent", "drieduizend driehonderd euro".
 */
import { parseDutchNumber } from './spoken-numbers.ts';
import { gapBetween, tokenize, type WordToken } from './word-tokens.ts';

export interface MoneyAmount {
  cents: number;
  start: number;
  end: number;
}

const WRITTEN = /(?:€|\bEUR)\s?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}|-{1,2}))?|\b(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{2}))?\s?(?:euro|EUR)\b/giu;

function euros(integer: string | undefined, decimals: string | undefined): number {
  const whole = Number((integer ?? '0').replace(/\./g, ''));
  const cents = decimals && /^\d{2}$/.test(decimals) ? Number(decimals) : 0;
  return whole * 100 + cents;
}

function numberValue(token: WordToken | undefined): number | null {
  if (!token) return null;
  return /^\d+$/.test(token.text) || /^\p{L}+$/u.test(token.text) ? parseDutchNumber(token.text) : null;
}

/** Numbers before "euro", joining "drieduizend driehonderdvijftig" into 3350. */
function spokenWhole(text: string, tokens: WordToken[], euroAt: number): { value: number; first: number } | null {
  let i = euroAt - 1;
  let value = numberValue(tokens[i]);
  if (value === null) return null;
  let first = i;
  while (i > 0) {
    const before = numberValue(tokens[i - 1]);
    const tokenAt = tokens[i] as WordToken;
    if (before === null || before % 1000 !== 0 || before <= value || gapBetween(text, tokens[i - 1] as WordToken, tokenAt).trim() !== '')
      break;
    value += before;
    i--;
    first = i;
  }
  return { value, first };
}

function spokenAmounts(text: string): MoneyAmount[] {
  const tokens = tokenize(text);
  const found: MoneyAmount[] = [];
  tokens.forEach((token, i) => {
    if (token.norm !== 'euro') return;
    const whole = spokenWhole(text, tokens, i);
    if (!whole) return;
    let last = i;
    let cents = 0;
    let next = i + 1;
    if (tokens[next]?.norm === 'en') next++;
    const centsValue = numberValue(tokens[next]);
    if (centsValue !== null && centsValue > 0 && centsValue < 100) {
      cents = centsValue;
      last = tokens[next + 1]?.norm === 'cent' ? next + 1 : next;
    }
    found.push({ cents: whole.value * 100 + cents, start: tokens[whole.first]?.start ?? 0, end: tokens[last]?.end ?? token.end });
  });
  return found;
}

export function findMoneyAmounts(text: string): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  for (const match of text.matchAll(WRITTEN)) {
    const cents = match[1] !== undefined ? euros(match[1], match[2]) : euros(match[3], match[4]);
    found.push({ cents, start: match.index, end: match.index + match[0].length });
  }
  for (const amount of spokenAmounts(text)) {
    if (
      !found.some((f) => f.start <= amount.start && amount.start < f.end) &&
      !found.some((f) => amount.start <= f.start && f.start < amount.end)
    ) {
      found.push(amount);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
