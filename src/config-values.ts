import { readFileSync } from 'node:fs';

// Readers of one configuration variable each, from the env config.ts passes in: each names the
// variable in a ConfigError when its value is wrong.

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error in ${variable}: ${problem}`);
  }
}

export type Env = Record<string, string | undefined>;

export function origins(env: Env, name: string): '*' | string[] {
  const raw = env[name]?.trim();
  if (!raw || raw === '*') return '*';
  return raw.split(',').map((value) => {
    const trimmed = value.trim().replace(/\/$/, '');
    try {
      if (new URL(trimmed).origin !== trimmed) throw new Error('not an origin');
      return trimmed;
    } catch {
      throw new ConfigError(name, `expected '*' or a comma-separated list of origins like https://www.gemeente.nl, got "${trimmed}"`);
    }
  });
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes', 'ja'].includes(raw)) return true;
  if (['false', '0', 'no', 'nee'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${env[name]}"`);
}

export function url(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  try {
    const parsed = new URL(raw);
    if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('protocol');
    return raw;
  } catch {
    throw new ConfigError(name, `expected an http(s) URL, got "${raw}"`);
  }
}

export function optionalPostgresUrl(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new ConfigError(name, 'expected a postgres:// connection URL');
  return raw;
}

export function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `expected one of ${values.join(', ')}`);
  return raw as T;
}

/** 32 random bytes, base64 or hex (`openssl rand -base64 32`). */
export function secretKey(env: Env, name: string): Buffer | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const key = /^[0-9a-f]{64}$/i.test(raw)
    ? Buffer.from(raw, 'hex')
    : /^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(raw)
      ? Buffer.from(raw, 'base64')
      : undefined;
  if (!key || key.length !== 32)
    throw new ConfigError(
      name,
      'expected 32 bytes as base64 (44 characters) or hex (64 characters); make one with `openssl rand -base64 32`',
    );
  return key;
}

export function pattern(env: Env, name: string, re: RegExp, fallback: string, what: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!re.test(raw)) throw new ConfigError(name, `expected ${what}, got "${raw}"`);
  return raw;
}

export function minLength(env: Env, name: string, length: number): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < length) throw new ConfigError(name, `must be at least ${length} characters`);
  return raw;
}

/** The file a variable names, read at start so a wrong path stops Loket with the variable's name. */
export function fileContents(env: Env, name: string): Buffer {
  const path = env[name] as string;
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ConfigError(name, `cannot read "${path}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
