import type { Voorwaarde } from './gebeurtenissen.schemas.ts';

/**
 * Reading an event's variables by dotted path, structured conditions on them and `{{variable}}`
 * templates. No expressions are evaluated: a rule is data a beheerder enters, not code.
 */
export type Variabelen = Record<string, unknown>;

export function waardeOp(vars: Variabelen, pad: string): unknown {
  let here: unknown = vars;
  for (const deel of pad.split('.')) {
    if (typeof here !== 'object' || here === null || Array.isArray(here)) return undefined;
    here = (here as Record<string, unknown>)[deel];
  }
  return here;
}

/** A number from a value that is one or is written as one ("80"), else undefined. */
function getal(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function voldoet(vars: Variabelen, v: Voorwaarde): boolean {
  const waarde = waardeOp(vars, v.pad);
  if (v.operator === 'bestaat') return waarde !== undefined && waarde !== null;
  if (waarde === undefined || waarde === null) return false;
  if (v.operator === 'bevat')
    return String(waarde)
      .toLowerCase()
      .includes(String(v.waarde ?? '').toLowerCase());
  if (v.operator === '==' || v.operator === '!=') {
    const a = getal(waarde);
    const b = getal(v.waarde);
    const gelijk = a !== undefined && b !== undefined ? a === b : String(waarde) === String(v.waarde);
    return v.operator === '==' ? gelijk : !gelijk;
  }
  const a = getal(waarde);
  const b = getal(v.waarde);
  if (a === undefined || b === undefined) return false;
  return v.operator === '>' ? a > b : v.operator === '>=' ? a >= b : v.operator === '<' ? a < b : a <= b;
}

/** A template that names a variable the event lacks; nothing half-filled is ever sent. */
export class OntbrekendeVariabelen extends Error {
  override readonly name = 'OntbrekendeVariabelen';
  constructor(readonly namen: string[]) {
    super(`sjabloon mist variabelen: ${namen.join(', ')}`);
  }
}

const PLEK = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

export function vulIn(sjabloon: string, vars: Variabelen): string {
  const ontbrekend: string[] = [];
  const tekst = sjabloon.replace(PLEK, (_m, pad: string) => {
    const waarde = waardeOp(vars, pad);
    if (typeof waarde === 'string' && waarde.trim() !== '') return waarde;
    if (typeof waarde === 'number' || typeof waarde === 'boolean') return String(waarde);
    ontbrekend.push(pad);
    return '';
  });
  if (ontbrekend.length > 0) throw new OntbrekendeVariabelen([...new Set(ontbrekend)]);
  return tekst;
}

/** Whether any template or condition of a rule reads the zaak (so it must be looked up). */
export function leestZaak(teksten: string[]): boolean {
  return teksten.some((t) => /(^|\{\{\s*)zaak\./.test(t));
}
