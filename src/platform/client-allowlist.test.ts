import { describe, expect, it } from 'vitest';
import { allowsClient, parseClientAllowlist } from './client-allowlist.ts';

describe('the SMTP client allowlist', () => {
  it('takes single addresses and CIDR ranges, IPv4 and IPv6', () => {
    const list = parseClientAllowlist(' 10.9.9.0/24, 192.0.2.10 ,2001:db8::/32,::1 ');
    expect(['10.9.9.1', '10.9.9.254', '192.0.2.10', '2001:db8::25', '::1'].filter((a) => allowsClient(list, a))).toHaveLength(5);
    expect(['10.9.10.1', '192.0.2.11', '2001:db9::1', '::2', '127.0.0.1'].filter((a) => allowsClient(list, a))).toEqual([]);
  });

  it('matches an IPv4 client however the socket spells it (IPv4-mapped IPv6)', () => {
    expect(allowsClient(parseClientAllowlist('127.0.0.1/32'), '::ffff:127.0.0.1')).toBe(true);
    expect(allowsClient(parseClientAllowlist('::ffff:127.0.0.1'), '127.0.0.1')).toBe(true);
    expect(allowsClient(parseClientAllowlist('10.9.9.0/24'), '::ffff:127.0.0.1')).toBe(false);
  });

  it('refuses what is not an address', () => {
    expect(allowsClient(parseClientAllowlist('0.0.0.0/0'), '')).toBe(false);
  });

  it('names the entry it cannot read', () => {
    for (const bad of ['mail.gemeente.nl', '10.9.9.0/33', '2001:db8::/129', '10.9.9.0/', '10.9.9.0/24/8', '10.9.9.0/x', '10.9.9.300']) {
      expect(() => parseClientAllowlist(`192.0.2.10, ${bad}`)).toThrow(`got "${bad}"`);
    }
    expect(() => parseClientAllowlist(' , ')).toThrow('at least one');
  });
});
