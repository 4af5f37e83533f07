/**
 * Dates in Dutch text and speech: "17 april 1964", "zeventien april vierenzestig",
 * "negen juli... negentieneenenvijftig", "vier, vier, vierennegentig", "17-04-1964".
 */
import { expandTwoDigitYear, parseDutchNumber, parseDutchOrdinal, parseDutchYear } from './spoken-numbers.ts';
import { gapBetween, isFiller, isSentenceBreak, tokenize, type WordToken } from './word-tokens.ts';

export interface DutchDate {
  day: number;
  month: number;
  year: number | null;
  start: number;
  end: number;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mrt: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

export function monthNumber(word: string): number | null {
  const index = MONTHS.indexOf(word);
  return index >= 0 ? index + 1 : (MONTH_ABBREVIATIONS[word] ?? null);
}

function dayValue(token: WordToken | undefined): number | null {
  if (!token) return null;
  const value = parseDutchNumber(token.text) ?? parseDutchOrdinal(token.text);
  return value !== null && value >= 1 && value <= 31 ? value : null;
}

/** A year right after a month, tolerating hesitation: "negentien... eh, zevenentachtig". */
function readYear(text: string, tokens: WordToken[], from: number): { year: number; last: number } | null {
  let i = from;
  const next = (): WordToken | undefined => {
    while (tokens[i] && isFiller(tokens[i] as WordToken)) i++;
    const prev = tokens[i - 1];
    const token = tokens[i];
    if (token && prev && isSentenceBreak(gapBetween(text, prev, token))) return undefined;
    return token;
  };
  const first = next();
  if (!first) return null;
  const full = parseDutchYear(first.text);
  if (full !== null) return { year: full, last: i };
  const value = parseDutchNumber(first.text);
  if (value === null) return null;
  if (value === 19 || value === 20) {
    const centuryAt = i;
    i++;
    const rest = next();
    const restValue = rest ? parseDutchNumber(rest.text) : null;
    if (restValue !== null && restValue < 100) return { year: value * 100 + restValue, last: i };
    i = centuryAt;
  }
  if (value >= 10 && value < 100) return { year: expandTwoDigitYear(value), last: i };
  return null;
}

function monthNameDates(text: string, tokens: WordToken[]): DutchDate[] {
  const dates: DutchDate[] = [];
  tokens.forEach((token, i) => {
    const month = monthNumber(token.norm);
    const dayToken = tokens[i - 1];
    const day = dayValue(dayToken);
    if (month === null || day === null || !dayToken) return;
    if (isSentenceBreak(gapBetween(text, dayToken, token))) return;
    const year = readYear(text, tokens, i + 1);
    const endToken = year ? tokens[year.last] : token;
    dates.push({ day, month, year: year?.year ?? null, start: dayToken.start, end: (endToken ?? token).end });
  });
  return dates;
}

/** "vier, vier, vierennegentig": exactly three numbers in one run form day, month, year. */
function numericRunDates(text: string, tokens: WordToken[]): DutchDate[] {
  const dates: DutchDate[] = [];
  let run: WordToken[] = [];
  const flush = (): void => {
    if (run.length === 3) {
      const [d, m, y] = run.map((t) => parseDutchNumber(t.text));
      const yearValue = run[2] ? parseDutchYear(run[2].text) : null;
      const year = yearValue ?? (y !== null && y !== undefined && y >= 10 && y < 100 ? expandTwoDigitYear(y) : null);
      if (d && m && d <= 31 && m <= 12 && year !== null && run[0] && run[2]) {
        dates.push({ day: d, month: m, year, start: run[0].start, end: run[2].end });
      }
    }
    run = [];
  };
  tokens.forEach((token, i) => {
    // A spoken year ("negentienachtenzestig") is no plain number but ends a run all the same.
    const isNumber =
      /^\p{L}+$/u.test(token.text) || /^\d{1,4}$/.test(token.text)
        ? parseDutchNumber(token.text) !== null || parseDutchYear(token.text) !== null
        : false;
    const prev = tokens[i - 1];
    const joined = prev && run.length > 0 && /^[\s,]*$/.test(gapBetween(text, prev, token));
    if (!isNumber) return flush();
    if (!joined) flush();
    run.push(token);
  });
  flush();
  return dates;
}

const WRITTEN = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\b/g;

function writtenDates(text: string): DutchDate[] {
  const dates: DutchDate[] = [];
  for (const match of text.matchAll(WRITTEN)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const rawYear = Number(match[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const year = (match[3] ?? '').length === 2 ? expandTwoDigitYear(rawYear) : rawYear;
    dates.push({ day, month, year, start: match.index, end: match.index + match[0].length });
  }
  return dates;
}

export function findDutchDates(text: string): DutchDate[] {
  const tokens = tokenize(text);
  const all = [...monthNameDates(text, tokens), ...numericRunDates(text, tokens), ...writtenDates(text)];
  return all.sort((a, b) => a.start - b.start);
}

export function sameDate(a: DutchDate, b: DutchDate): boolean {
  return a.day === b.day && a.month === b.month && (a.year === null || b.year === null || a.year === b.year);
}
