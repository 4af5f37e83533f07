import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret, signaturesMatch } from './secret-box.ts';

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('seals with a fresh nonce each time and opens again', () => {
    const a = sealSecret(key, 'app-geheim');
    const b = sealSecret(key, 'app-geheim');
    expect(a).not.toBe(b);
    expect(a).not.toContain('app-geheim');
    expect(openSecret(key, a)).toBe('app-geheim');
  });

  it('refuses a tampered value or the wrong key', () => {
    const sealed = sealSecret(key, 'app-geheim');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('xxxxxxxxxx').toString('base64url');
    expect(() => openSecret(key, parts.join('.'))).toThrow();
    expect(() => openSecret(randomBytes(32), sealed)).toThrow();
  });

  it('compares signatures of different lengths without throwing', () => {
    expect(signaturesMatch(Buffer.from('ab'), Buffer.from('abc'))).toBe(false);
    expect(signaturesMatch(Buffer.from('abc'), Buffer.from('abc'))).toBe(true);
  });
});
