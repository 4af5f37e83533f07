/**
 * E-mail addresses, written ("a.b@example.nl") or spoken ("a punt b at example punt nl",
 * "jan vierenzestig apenstaartje mail punt com"). Addresses are compared in canonical form.
 */
import { parseDutchNumber } from './spoken-numbers.ts';
import { tokenize, type WordToken } from './word-tokens.ts';

export interface EmailAddress {
  address: string;
  start: number;
  end: number;
}

const WRITTEN = /[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu;
const AT = new Set(['at', 'apenstaartje', 'et']);
const JOINERS: Record<string, string> = { punt: '.', streepje: '-', underscore: '_', liggendstreepje: '_' };
const LEADING = new Set([
  'op',
  'naar',
  'is',
  'aan',
  'mail',
  'mailadres',
  'e-mailadres',
  'emailadres',
  'adres',
  'het',
  'dat',
  'via',
  'ja',
  'nee',
  'en',
  'van',
  'mijn',
  'uw',
  'hebben',
  'we',
]);

function part(token: WordToken): string {
  const value = /^\p{L}+$/u.test(token.text) ? parseDutchNumber(token.text) : null;
  return value !== null && value < 1000 ? String(value) : token.norm;
}

function spokenAt(tokens: WordToken[], at: number): EmailAddress | null {
  let local = '';
  let i = at - 1;
  let first: WordToken | undefined;
  while (i >= 0) {
    const token = tokens[i] as WordToken;
    const joiner = JOINERS[token.norm];
    if (joiner !== undefined) {
      local = joiner + local;
    } else {
      const isNumber = /^\p{L}+$/u.test(token.text) && parseDutchNumber(token.text) !== null;
      const afterJoiner = local.length > 0 && /^[._-]/.test(local);
      if (local.length > 0 && !afterJoiner && !isNumber && !/^\d+$/.test(local.slice(0, 1))) break;
      if (LEADING.has(token.norm)) break;
      local = part(token) + local;
      first = token;
    }
    i--;
  }
  let domain = '';
  let j = at + 1;
  let last: WordToken | undefined;
  while (j < tokens.length) {
    const token = tokens[j] as WordToken;
    const joiner = JOINERS[token.norm];
    if (joiner !== undefined && domain !== '' && tokens[j + 1]) {
      domain += joiner + part(tokens[j + 1] as WordToken);
      last = tokens[j + 1];
      j += 2;
      continue;
    }
    if (domain !== '') break;
    domain = part(token);
    last = token;
    j++;
  }
  if (!first || !last || !/\.[a-z]{2,}$/.test(domain) || local === '' || /^[._-]/.test(local)) return null;
  return { address: `${local}@${domain}`, start: first.start, end: last.end };
}

export function findEmailAddresses(text: string): EmailAddress[] {
  const found: EmailAddress[] = [];
  for (const match of text.matchAll(WRITTEN)) {
    found.push({ address: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    if (!AT.has(token.norm)) return;
    const email = spokenAt(tokens, i);
    if (email && !found.some((f) => f.start <= email.start && email.start < f.end)) found.push(email);
  });
  return found.sort((a, b) => a.start - b.start);
}
