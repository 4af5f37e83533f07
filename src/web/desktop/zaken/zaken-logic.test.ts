import { describe, expect, it } from 'vitest';
import type { Zaak } from './zaken-api.ts';
import { historieNieuwsteEerst, isGekoppeld, ontbrekendeBronnen, planning, sorteerZaken, zaakUuid } from './zaken-logic.ts';

const zaak = (over: Partial<Zaak>): Zaak => ({
  bron: 'Demo-zaaksysteem',
  url: 'https://zaken.example/zaken/1',
  identificatie: 'ZAAK-1',
  omschrijving: null,
  zaaktype: { omschrijving: 'Bladkorf aanvragen' },
  status: null,
  statussen: [],
  startdatum: null,
  einddatumGepland: null,
  uiterlijkeEinddatumAfdoening: null,
  einddatum: null,
  teLaat: false,
  ...over,
});

describe('cases', () => {
  it('names the planned date, else the latest date allowed, else nothing', () => {
    expect(planning(zaak({ einddatumGepland: '2027-01-31', uiterlijkeEinddatumAfdoening: '2027-02-28' }))).toEqual({
      soort: 'gepland',
      datum: '2027-01-31',
    });
    expect(planning(zaak({ uiterlijkeEinddatumAfdoening: '2027-02-28' }))).toEqual({ soort: 'uiterlijk', datum: '2027-02-28' });
    expect(planning(zaak({}))).toBeNull();
  });
  it('puts late cases first, then open ones, then the newest', () => {
    const order = sorteerZaken([
      zaak({ identificatie: 'klaar', startdatum: '2026-10-01', einddatum: '2026-10-20' }),
      zaak({ identificatie: 'oud', startdatum: '2025-01-01' }),
      zaak({ identificatie: 'nieuw', startdatum: '2026-09-01' }),
      zaak({ identificatie: 'laat', startdatum: '2024-01-01', teLaat: true }),
    ]).map((z) => z.identificatie);
    expect(order).toEqual(['laat', 'nieuw', 'oud', 'klaar']);
  });
  it('lists the status history newest first, undated last', () => {
    const history = historieNieuwsteEerst([
      { omschrijving: 'Ontvangen', toelichting: null, datumStatusGezet: '2026-09-01T08:00:00Z' },
      { omschrijving: 'Onbekend', toelichting: null, datumStatusGezet: null },
      { omschrijving: 'Uitgesteld', toelichting: 'Linden', datumStatusGezet: '2026-10-01T08:00:00Z' },
    ]);
    expect(history.map((s) => s.omschrijving)).toEqual(['Uitgesteld', 'Ontvangen', 'Onbekend']);
  });
  it('knows a linked zaak by the uuid at the end of its url', () => {
    expect(zaakUuid('https://zaken.example/zaken/api/v1/zaken/0b6f1c2e-8a4b-4f3e-9a51-2f9c3d1e7a10')).toBe(
      '0b6f1c2e-8a4b-4f3e-9a51-2f9c3d1e7a10',
    );
    expect(isGekoppeld(zaak({ url: 'https://z/zaken/abc/' }), ['abc'])).toBe(true);
    expect(isGekoppeld(zaak({ url: 'https://z/zaken/abc' }), ['abd'])).toBe(false);
  });
  it('names each source that did not answer once', () => {
    expect(
      ontbrekendeBronnen([
        { bron: 'A', reden: 'timeout' },
        { bron: 'B', reden: 'uit' },
        { bron: 'A', reden: 'fout' },
      ]),
    ).toEqual([
      { bron: 'A', reden: 'timeout' },
      { bron: 'B', reden: 'uit' },
    ]);
  });
});
