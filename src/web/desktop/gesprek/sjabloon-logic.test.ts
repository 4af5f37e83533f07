import { describe, expect, it } from 'vitest';
import { metSjabloon, passendeSjablonen, slashVraag, vulSjabloon } from './sjabloon-logic.ts';

describe('reply templates with "/"', () => {
  it('sees a "/word" at the cursor only at the start or after a space', () => {
    expect(slashVraag('/gro', 4)).toEqual({ start: 0, zoek: 'gro' });
    expect(slashVraag('Dag, /', 6)).toEqual({ start: 5, zoek: '' });
    expect(slashVraag('zie https://gemeente.nl/afval', 29)).toBeNull();
    expect(slashVraag('en/of', 5)).toBeNull();
    expect(slashVraag('/groet daarna', 13)).toBeNull();
  });
  it('matches titles, starting-with first', () => {
    const sjablonen = [
      { id: '1', titel: 'Bladkorf', tekst: '' },
      { id: '2', titel: 'Groet', tekst: '' },
      { id: '3', titel: 'Afsluitende groet', tekst: '' },
    ];
    expect(passendeSjablonen(sjablonen, 'gro').map((s) => s.id)).toEqual(['2', '3']);
    expect(passendeSjablonen(sjablonen, '').map((s) => s.id)).toEqual(['1', '2', '3']);
  });
  it('fills in the known variables and leaves the unknown ones for the agent', () => {
    expect(
      vulSjabloon('Dag {{naam}}, met {{ medewerker }}. Zaak {{zaaknummer}}.', {
        naam: 'Jan Bakker',
        medewerker: 'Sanne',
        zaaknummer: null,
      }),
    ).toBe('Dag Jan Bakker, met Sanne. Zaak {{zaaknummer}}.');
    expect(vulSjabloon('{{onbekend}}', { naam: null, medewerker: 'S', zaaknummer: null })).toBe('{{onbekend}}');
  });
  it('replaces the "/word" with the text and puts the cursor after it', () => {
    expect(metSjabloon('Hallo /gro!', 10, { start: 6 }, 'Goedemiddag')).toEqual({ tekst: 'Hallo Goedemiddag!', cursor: 17 });
  });
});
