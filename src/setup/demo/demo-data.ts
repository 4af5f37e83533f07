import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileLines } from '../../analytics/import/import-klantcontacten.ts';
import { LINDENDAAL_DIR } from '../../knowledge/matching/lindendaal-data.ts';

/**
 * The files the demo is built from: the Lindendaal data set in lindendaal/ and the UPL snapshot
 * in standards/, both shipped with the repository so a fresh clone needs no network.
 */
const UPL_FILE = resolve(LINDENDAAL_DIR, '../standards/upl-actueel-2023.csv');

export const readText = (file: string): string => readFileSync(join(LINDENDAAL_DIR, file), 'utf8');
export const readJson = (file: string): unknown => JSON.parse(readText(file));
export const readUpl = (): string => readFileSync(UPL_FILE, 'utf8');
export const historyLines = (): AsyncGenerator<string> => fileLines(join(LINDENDAAL_DIR, 'contacten-dev.jsonl'));

/** A team of afdelingen.json; `naam` is the team name articles' `department` refers to. */
export interface Afdeling {
  id: string;
  naam: string;
  email: string;
}

/** The team names of afdelingen.json by id; a missing id is a mistake in the demo, not in the data. */
export function afdelingNamen(): (id: string) => string {
  const afdelingen = readJson('afdelingen.json') as Afdeling[];
  return (id) => {
    const found = afdelingen.find((a) => a.id === id);
    if (!found) throw new Error(`lindendaal/afdelingen.json has no team ${id}`);
    return found.naam;
  };
}

/** One labelled call of lindendaal/transcripts-dev.jsonl; the labels are not needed here. */
export interface DemoTranscript {
  id: string;
  topic: string;
  segments: { speaker: 'agent' | 'klant'; start: number; end: number; text: string }[];
}

export function transcripts(ids: readonly string[]): DemoTranscript[] {
  const all = readText('transcripts-dev.jsonl')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DemoTranscript);
  return ids.map((id) => {
    const found = all.find((t) => t.id === id);
    if (!found) throw new Error(`lindendaal/transcripts-dev.jsonl has no call ${id}`);
    return found;
  });
}
