import { BlockList, isIP } from 'node:net';

/**
 * Parses SMTP_ALLOWED_CLIENTS: IPv4 and IPv6 addresses and CIDR ranges, comma-separated.
 * Throws an Error naming the bad entry (config.ts turns it into a ConfigError).
 */
export function parseClientAllowlist(raw: string): BlockList {
  const list = new BlockList();
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) throw new Error('expected at least one address or range');
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const version = isIP(address);
    const family = version === 6 ? 'ipv6' : 'ipv4';
    const max = version === 6 ? 128 : 32;
    if (version === 0 || rest.length > 0 || (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max))) {
      throw new Error(`expected IP addresses or CIDR ranges like 192.0.2.10, 10.0.0.0/8 or 2001:db8::/32, got "${entry}"`);
    }
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/**
 * Whether a client address is on the list. BlockList matches IPv4-mapped IPv6 addresses
 * (::ffff:192.0.2.10, what a dual-stack socket reports for an IPv4 peer) against IPv4 rules
 * and the other way round, so either spelling in the list or on the socket works.
 */
export function allowsClient(list: BlockList, address: string): boolean {
  const version = isIP(address);
  if (version === 0) return false;
  return list.check(address, version === 6 ? 'ipv6' : 'ipv4');
}
