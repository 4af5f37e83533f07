import { describe, expect, it } from 'vitest';
import { href, parseHash } from './route.ts';

describe('hash routes', () => {
  const id = '0b6f1c2e-8a4b-4f3e-9a51-2f9c3d1e7a10';
  it('reads the page and its id', () => {
    expect(parseHash('')).toEqual({ name: 'start' });
    expect(parseHash('#/')).toEqual({ name: 'start' });
    expect(parseHash('#/werklijst')).toEqual({ name: 'werklijst' });
    expect(parseHash(`#/werklijst/${id}`)).toEqual({ name: 'werklijst-taak', id });
    expect(parseHash('#/inbox')).toEqual({ name: 'inbox' });
    expect(parseHash('#/teamleider')).toEqual({ name: 'teamleider' });
    expect(parseHash(`#/gesprek/${id}`)).toEqual({ name: 'gesprek', id });
    expect(parseHash(`#/partij/${id}`)).toEqual({ name: 'partij', id });
    expect(parseHash('#/analyse')).toEqual({ name: 'analyse' });
    expect(parseHash('#/kennisbank/kennishiaten')).toEqual({ name: 'kennisbank-kennishiaten' });
    expect(parseHash('#/kwaliteit')).toEqual({ name: 'kwaliteit' });
    expect(parseHash(`#/kwaliteit/${id}`)).toEqual({ name: 'kwaliteit-gesprek', id });
    expect(parseHash('#/beheer/bronnen')).toEqual({ name: 'beheer-bronnen' });
    expect(parseHash(href.beheerMedewerkers)).toEqual({ name: 'beheer-medewerkers' });
    expect(parseHash(href.beheerTeams)).toEqual({ name: 'beheer-teams' });
    expect(parseHash(href.beheerApiTokens)).toEqual({ name: 'beheer-api-tokens' });
    expect(parseHash(href.beheerTermijnen)).toEqual({ name: 'beheer-termijnen' });
    expect(parseHash(href.beheerRegels)).toEqual({ name: 'beheer-regels' });
    expect(parseHash(href.beheerKanalen)).toEqual({ name: 'beheer-kanalen' });
    expect(parseHash(href.beheerFormulieren)).toEqual({ name: 'beheer-formulieren' });
    expect(parseHash(href.beheerVerwerkingen)).toEqual({ name: 'beheer-verwerkingen' });
    expect(parseHash(href.beheerNietVerwerkt)).toEqual({ name: 'beheer-niet-verwerkt' });
    expect(parseHash('#/beheer')).toEqual({ name: 'beheer' });
    expect(parseHash('#/zoeken?q=bladkorf%20Lindelaan')).toEqual({ name: 'zoeken', q: 'bladkorf Lindelaan', status: '' });
    expect(parseHash('#/zoeken?status=afgehandeld')).toEqual({ name: 'zoeken', q: '', status: 'afgehandeld' });
    expect(parseHash(href.zoeken({ q: 'a&b=c #d' }))).toEqual({ name: 'zoeken', q: 'a&b=c #d', status: '' });
  });
  it('refuses what it does not know, including an id that is not one', () => {
    expect(parseHash('#/gesprek/../../api')).toEqual({ name: 'onbekend' });
    expect(parseHash('#/beheer/onbekend')).toEqual({ name: 'onbekend' });
    expect(parseHash('#/werklijst/nope')).toEqual({ name: 'onbekend' });
    expect(parseHash('#/kwaliteit/nope')).toEqual({ name: 'onbekend' });
  });
});
