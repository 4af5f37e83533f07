import { describe, expect, it } from 'vitest';
import { bouwDefinitie, leegVeld, leesVelden, veldFout } from './formulieren-logic.ts';

const definitie = {
  type: 'object',
  required: ['naam', 'vraag'],
  properties: {
    naam: { type: 'string', title: 'Uw naam', minLength: 2, maxLength: 200, 'x-loket-rol': 'naam' },
    vraag: { type: 'string', title: 'Uw vraag', maxLength: 4000, 'x-invoer': 'tekstvak' },
    adres: { type: 'object', title: 'Uw adres', 'x-loket-rol': 'locatie', properties: { postcode: { type: 'string', title: 'Postcode' } } },
  },
};

describe('editing a form’s fields', () => {
  it('reads the fields with their kind, role and whether they are required, and writes the same definition back', () => {
    const velden = leesVelden(definitie);
    expect(velden.map(({ naam, soort, rol, verplicht }) => ({ naam, soort, rol, verplicht }))).toEqual([
      { naam: 'naam', soort: 'tekst', rol: 'naam', verplicht: true },
      { naam: 'vraag', soort: 'tekstvak', rol: '', verplicht: true },
      { naam: 'adres', soort: 'groep', rol: 'locatie', verplicht: false },
    ]);
    expect(bouwDefinitie(definitie, velden)).toEqual(definitie);
  });

  it('keeps what the screen does not show, drops what no longer fits, and adds a choice field', () => {
    const [naam, vraag, adres] = leesVelden(definitie);
    const keuze = {
      ...leegVeld(),
      naam: 'onderwerp',
      label: 'Onderwerp',
      soort: 'keuze' as const,
      opties: 'Afval\n\nParkeren\n',
      verplicht: true,
    };
    const uit = bouwDefinitie(definitie, [keuze, { ...naam!, label: 'Naam' }, { ...vraag!, soort: 'getal', verplicht: false }, adres!]);
    expect(uit.required).toEqual(['onderwerp', 'naam']);
    expect(uit.properties).toEqual({
      onderwerp: { type: 'string', enum: ['Afval', 'Parkeren'], title: 'Onderwerp' },
      naam: { type: 'string', title: 'Naam', minLength: 2, maxLength: 200, 'x-loket-rol': 'naam' },
      vraag: { type: 'number', title: 'Uw vraag' },
      adres: definitie.properties.adres,
    });
  });

  it('names the first field that is wrong', () => {
    const velden = leesVelden(definitie);
    expect(veldFout(velden)).toBeUndefined();
    expect(veldFout([])).toMatchObject({ fout: 'geenVelden' });
    expect(veldFout([...velden, { ...leegVeld(), naam: 'naam', label: 'x' }])).toEqual({ fout: 'naamDubbel', index: 3, onderdeel: 'naam' });
    expect(veldFout([{ ...leegVeld(), naam: '1e', label: 'x' }])).toMatchObject({ fout: 'naamOngeldig', index: 0 });
    expect(veldFout([{ ...leegVeld(), naam: 'a', label: ' ' }])).toMatchObject({ fout: 'labelLeeg', onderdeel: 'label' });
    expect(veldFout([{ ...leegVeld(), naam: 'a', label: 'A', soort: 'keuze', opties: 'een' }])).toMatchObject({ fout: 'keuzesTeWeinig' });
  });
});
