import { describe, expect, it } from 'vitest';
import type { TijdlijnItem } from '../api/types.ts';
import { earlierContacts, gekoppeldeZaken, openTaken, openVerzoeken } from './tijdlijn-logic.ts';

const item = (over: Partial<TijdlijnItem>): TijdlijnItem => ({
  soort: 'klantcontact',
  id: 'x',
  tijdstip: '2026-11-01T10:00:00Z',
  kanaal: 'telefoon',
  titel: 't',
  samenvatting: null,
  verzoekId: null,
  gesprekId: null,
  status: null,
  zaken: [],
  ...over,
});

describe('the partij timeline', () => {
  const items = [
    item({ id: 'kc-huidig', soort: 'klantcontact', gesprekId: 'g1', verzoekId: 'v1', tijdstip: '2026-11-30T10:00:00Z' }),
    item({ id: 'g1', soort: 'gesprek', gesprekId: 'g1', kanaal: 'webchat' }),
    item({ id: 'kc-telefoon', verzoekId: 'v1', tijdstip: '2026-11-20T10:00:00Z' }),
    item({ id: 'kc-mail', kanaal: 'email', verzoekId: 'v2', tijdstip: '2026-11-25T10:00:00Z' }),
    item({ id: 'v1', soort: 'verzoek', status: 'open' }),
    item({ id: 'v0', soort: 'verzoek', status: 'afgehandeld' }),
    item({ id: 't1', soort: 'interne_taak', status: 'te_verwerken' }),
    item({ id: 't0', soort: 'interne_taak', status: 'verwerkt' }),
  ];

  it('lists earlier contacts newest first, without the current gesprek, marking the same verzoek', () => {
    const earlier = earlierContacts(items, { gesprekId: 'g1', klantcontactId: 'kc-huidig', verzoekId: 'v1' });
    expect(earlier.map((i) => [i.id, i.zelfdeVerzoek])).toEqual([
      ['kc-mail', false],
      ['kc-telefoon', true],
    ]);
  });

  it('keeps only open verzoeken and interne taken', () => {
    expect(openVerzoeken(items).map((i) => i.id)).toEqual(['v1']);
    expect(openTaken(items).map((i) => i.id)).toEqual(['t1']);
  });

  it('reads the zaken linked to the klantcontact of the gesprek', () => {
    const zaak = { objectId: 'uuid-1', identificatie: 'ZAAK-1', omschrijving: null };
    expect(
      gekoppeldeZaken([item({ id: 'kc', zaken: [zaak] }), item({ id: 'ander', zaken: [{ ...zaak, objectId: 'uuid-2' }] })], 'kc'),
    ).toEqual(['uuid-1']);
    expect(gekoppeldeZaken([item({ id: 'kc' })], 'kc')).toEqual([]);
    expect(gekoppeldeZaken([item({ id: 'kc' })], null)).toEqual([]);
  });
});
