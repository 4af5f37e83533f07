import { Type } from 'typebox';
import { invalidParam } from './api-errors.ts';

/** `?expand=a,b.c` (style form, not exploded): which related resources to embed under `_expand`. */
export const ExpandParam = { expand: Type.Optional(Type.String({ maxLength: 500 })) };

export type Expand = ReadonlySet<string>;
export const NO_EXPAND: Expand = new Set();

export function parseExpand(raw: string | undefined, allowed: readonly string[]): Expand {
  if (!raw) return NO_EXPAND;
  const wanted = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = wanted.filter((w) => !allowed.includes(w));
  if (unknown.length > 0)
    throw invalidParam('expand', 'invalid_choice', `Onbekende waarde(n): ${unknown.join(', ')}. Kies uit ${allowed.join(', ')}.`);
  // Expanding a.b implies expanding a.
  const all = new Set<string>();
  for (const w of wanted) {
    const parts = w.split('.');
    for (let i = 1; i <= parts.length; i++) all.add(parts.slice(0, i).join('.'));
  }
  return all;
}

/** The expansions below one relation: `{'a', 'a.b', 'a.b.c'}` under `a` is `{'b', 'b.c'}`. */
export function below(expand: Expand, relation: string): Expand {
  const prefix = `${relation}.`;
  return new Set([...expand].filter((e) => e.startsWith(prefix)).map((e) => e.slice(prefix.length)));
}
