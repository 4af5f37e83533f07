import { foldText } from './normalise.ts';

/** Phrase lookup: a run of tokens → the canonical forms it stands for. */
export interface SynonymTable {
  readonly maxPhrase: number;
  /** First words of all phrases: most tokens start none, and are skipped cheaply. */
  readonly starts: ReadonlySet<string>;
  readonly phrases: ReadonlyMap<string, readonly string[]>;
}

export function buildSynonymTable(groups: readonly (readonly string[])[]): SynonymTable {
  const phrases = new Map<string, string[]>();
  const starts = new Set<string>();
  let maxPhrase = 1;
  for (const group of groups) {
    const canonical = group[0];
    if (canonical === undefined) continue;
    for (const member of group) {
      const key = foldText(member)
        .split(/[^a-z0-9]+/)
        .filter((t) => t.length > 0)
        .join(' ');
      if (!key) continue;
      const words = key.split(' ');
      maxPhrase = Math.max(maxPhrase, words.length);
      starts.add(words[0] ?? '');
      const list = phrases.get(key) ?? [];
      if (!list.includes(canonical)) list.push(canonical);
      phrases.set(key, list);
    }
  }
  return { maxPhrase, starts, phrases };
}

/**
 * Canonical forms found in a token sequence, longest phrase first at each position.
 * The canonical forms are added beside the original tokens, not in their place, so an
 * exact product word still scores as itself.
 */
export interface SynonymHit {
  readonly canonical: string;
  readonly start: number;
}

export function findSynonyms(tokens: readonly string[], table: SynonymTable): SynonymHit[] {
  const found: SynonymHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!table.starts.has(tokens[i] ?? '')) continue;
    for (let n = Math.min(table.maxPhrase, tokens.length - i); n >= 1; n--) {
      const hit = table.phrases.get(tokens.slice(i, i + n).join(' '));
      if (hit) {
        for (const canonical of hit) found.push({ canonical, start: i });
        break;
      }
    }
  }
  return found;
}
