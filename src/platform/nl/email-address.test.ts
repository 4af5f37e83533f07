import { describe, expect, it } from 'vitest';
import { findEmailAddresses } from './email-address.ts';

const addresses = (text: string) => findEmailAddresses(text).map((e) => e.address);

describe('findEmailAddresses', () => {
  it('finds written addresses', () => {
    expect(addresses('Mail naar Kees.Jansen@voorbeeld.nl graag.')).toEqual(['kees.jansen@voorbeeld.nl']);
  });
  it('reads spoken addresses with dots and numbers', () => {
    expect(addresses('Dat is k punt jansen tweeënveertig at voorbeeld punt nl.')).toEqual(['k.jansen42@voorbeeld.nl']);
    expect(addresses('Stuur het naar marloes apenstaartje post punt co punt uk')).toEqual(['marloes@post.co.uk']);
    expect(addresses('Op pietje99 at mail punt com.')).toEqual(['pietje99@mail.com']);
  });
  it('gives the same canonical form for written and spoken versions', () => {
    expect(addresses('a punt de-wit at net punt nl')).toEqual(addresses('a.de-wit@net.nl'));
  });
  it('ignores "at" without a domain', () => {
    expect(addresses('Ik was at home, zei hij.')).toEqual([]);
  });
});
