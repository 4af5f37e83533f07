import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  const columns = [['naam', (r: { naam: unknown }) => r.naam]] as const;

  it('quotes separators, quotes and line breaks, and ends lines with CRLF', () => {
    expect(toCsv(columns, [{ naam: 'a,b' }, { naam: 'zei "hoi"' }, { naam: 'regel\neen' }, { naam: null }, { naam: 3.5 }])).toBe(
      'naam\r\n"a,b"\r\n"zei ""hoi"""\r\n"regel\neen"\r\n\r\n3.5\r\n',
    );
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(toCsv(columns, [{ naam: '=HYPERLINK("x")' }, { naam: -2 }])).toBe('naam\r\n"\'=HYPERLINK(""x"")"\r\n-2\r\n');
  });
});
