import { describe, expect, it } from 'vitest';
import { findStreetAddresses } from './street-address.ts';

const simple = (text: string) => findStreetAddresses(text).map(({ street, houseNumber }) => ({ street, houseNumber }));

describe('findStreetAddresses', () => {
  it('finds streets with house numbers and additions', () => {
    expect(simple('Ik woon op de Esdoornstraat 12.')).toEqual([{ street: 'Esdoornstraat', houseNumber: '12' }]);
    expect(simple('Dat is Vlierhof 7b, tweede etage.')).toEqual([{ street: 'Vlierhof', houseNumber: '7b' }]);
    expect(simple('Het Reigerpad, nummer 3.')).toEqual([{ street: 'Reigerpad', houseNumber: '3' }]);
    expect(simple('Burgemeester Smitlaan achtenveertig')).toEqual([{ street: 'Burgemeester Smitlaan', houseNumber: '48' }]);
  });
  it('finds a street without a number', () => {
    expect(simple('Bij ons op de Dorpsstraat is het donker.')).toEqual([{ street: 'Dorpsstraat', houseNumber: null }]);
  });
  it('does not take ordinary words for streets', () => {
    expect(simple('De milieustraat is open. Mijn weg naar huis.')).toEqual([]);
    expect(simple('Uw verzoek is binnen.')).toEqual([]);
  });
});
