import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export type Options = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** Parses `--name value` options for one command; unknown options are a usage error. */
export function parse<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is verplicht`);
  return value;
}
