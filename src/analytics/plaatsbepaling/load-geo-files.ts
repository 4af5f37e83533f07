import { readFile } from 'node:fs/promises';
import { GeoInputError } from './geo-input-error.ts';
import { parseStraten } from './parse-straten.ts';
import { parseWijken } from './parse-wijken.ts';
import type { Straat, Wijk } from './types.ts';

/** Parses a JSON file; validation errors are prefixed with the file name so they point somewhere useful. */
async function parseFile<T>(file: string, parse: (value: unknown) => T): Promise<T> {
  const text = await readFile(file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GeoInputError(file, `not valid JSON (${(error as Error).message})`);
  }
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof GeoInputError) throw new GeoInputError(`${file} ${error.path}`, error.problem);
    throw error;
  }
}

export function loadWijken(file: string): Promise<Wijk[]> {
  return parseFile(file, parseWijken);
}

export function loadStraten(file: string, wijken?: readonly Wijk[]): Promise<Straat[]> {
  const codes = wijken && new Set(wijken.map((w) => w.code));
  return parseFile(file, (value) => parseStraten(value, codes));
}
