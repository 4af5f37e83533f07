import { describe, expect, it } from 'vitest';
import { ImportLineError, parseContactLine } from './parse-contact-line.ts';

describe('parseContactLine', () => {
  it('reads the import format, keeping only the location fields that are there', () => {
    const line =
      '{"kanaal": "telefoon", "plaatsgevondenOp": "2026-08-31T07:08:00Z", "postcode": "3548 XF", "straat": "Berkenhof", "huisnummer": "70", "lat": 52.11, "lon": 5.07, "inhoud": "bladkorf"}';
    expect(parseContactLine(line, 1)).toEqual({
      kanaal: 'telefoon',
      plaatsgevondenOp: '2026-08-31T07:08:00Z',
      postcode: '3548 XF',
      straat: 'Berkenhof',
      huisnummer: '70',
      lat: 52.11,
      lon: 5.07,
      inhoud: 'bladkorf',
    });
    expect(parseContactLine('{"kanaal": "email", "plaatsgevondenOp": "2026-08-31T07:08:00Z", "inhoud": "x"}', 2)).toEqual({
      kanaal: 'email',
      plaatsgevondenOp: '2026-08-31T07:08:00Z',
      inhoud: 'x',
    });
  });

  it('names the line and the problem', () => {
    expect(() => parseContactLine('{"kanaal": "duif", "plaatsgevondenOp": "2026-08-31", "inhoud": "x"}', 7)).toThrow(
      new ImportLineError(7, 'onbekend kanaal duif'),
    );
    expect(() => parseContactLine('{"kanaal": "email", "plaatsgevondenOp": "gisteren", "inhoud": "x"}', 8)).toThrow(
      'regel 8: plaatsgevondenOp is geen tijdstip',
    );
    expect(() => parseContactLine('{', 9)).toThrow('regel 9: geen geldige JSON');
  });
});
