import { describe, expect, it } from 'vitest';
import { LoketError } from '../platform/errors.ts';
import { parseCsv, parseUpl } from './upl.ts';

describe('reading the UPL (CSV through csv-parse)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and CRLF line ends', () => {
    const text = 'a,b,c\r\n"x, y","zeg ""hallo""","regel 1\nregel 2"\r\nkort\r\n';
    expect(parseCsv(text)).toEqual([['a', 'b', 'c'], ['x, y', 'zeg "hallo"', 'regel 1\nregel 2'], ['kort']]);
  });

  it('skips a byte-order mark, blank lines and rows of only empty fields', () => {
    expect(parseCsv('\uFEFFnaam,uri\n\n , \nx,y\n,,\n')).toEqual([
      ['naam', 'uri'],
      ['x', 'y'],
    ]);
  });

  it('takes name, URI and the Gemeente mark by header, wherever the columns stand', () => {
    const text = '\uFEFFURI,Gemeente,UniformeProductnaam\nhttp://x/paspoort,X,paspoort\nhttp://x/dijk,,"dijk, onderhoud"\n,,\n';
    expect(parseUpl(text)).toEqual([
      { naam: 'paspoort', uri: 'http://x/paspoort', gemeente: true },
      { naam: 'dijk, onderhoud', uri: 'http://x/dijk', gemeente: false },
    ]);
  });

  it('refuses a file without the needed columns or with an unclosed quote, with a coded error', () => {
    expect(() => parseUpl('naam,uri\nx,y\n')).toThrow(expect.objectContaining({ code: 'LOKET_KENNISBANK_IMPORT_ONGELDIG' }));
    let error: unknown;
    try {
      parseUpl('UniformeProductnaam,URI\n"paspoort,http://x\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LoketError);
    expect(error).toMatchObject({ code: 'LOKET_KENNISBANK_IMPORT_ONGELDIG', statusCode: 400 });
    expect((error as LoketError).fields[0]?.field).toMatch(/^regel \d+$/);
  });
});
