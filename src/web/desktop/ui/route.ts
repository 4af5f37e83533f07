import { useEffect, useState } from 'react';

export type Route =
  | { name: 'start' }
  | { name: 'inbox' }
  | { name: 'werklijst' }
  | { name: 'werklijst-taak'; id: string }
  | { name: 'beheer' }
  | { name: 'gesprek'; id: string }
  | { name: 'partij'; id: string }
  | { name: 'teamleider' }
  | { name: 'xla' }
  | { name: 'kennisbank' }
  | { name: 'kennisbank-nieuw' }
  | { name: 'kennisbank-artikel'; id: string }
  | { name: 'kennisbank-coaching' }
  | { name: 'kennisbank-kennishiaten' }
  | { name: 'analyse' }
  | { name: 'kwaliteit' }
  | { name: 'kwaliteit-gesprek'; id: string }
  | { name: 'beheer-bronnen' }
  | { name: 'beheer-medewerkers' }
  | { name: 'beheer-teams' }
  | { name: 'beheer-api-tokens' }
  | { name: 'beheer-regels' }
  | { name: 'beheer-termijnen' }
  | { name: 'beheer-kanalen' }
  | { name: 'beheer-formulieren' }
  | { name: 'beheer-verwerkingen' }
  | { name: 'beheer-niet-verwerkt' }
  | { name: 'zoeken'; q: string; status: string }
  | { name: 'onbekend' };

const UUID = /^[0-9a-f-]{36}$/i;
const ARTICLE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The desktop routes by hash (#/gesprek/<id>), so the server needs no knowledge of its pages. */
export function parseHash(hash: string): Route {
  const [pad = '', zoekdeel = ''] = hash.replace(/^#/, '').split('?');
  if (pad === '/zoeken') {
    const params = new URLSearchParams(zoekdeel);
    return { name: 'zoeken', q: params.get('q') ?? '', status: params.get('status') ?? '' };
  }
  const [, page = '', id = '', sub = ''] = hash.replace(/^#/, '').split('/');
  if (page === 'kennisbank') {
    if (id === '') return { name: 'kennisbank' };
    if (id === 'nieuw') return { name: 'kennisbank-nieuw' };
    if (id === 'coaching') return { name: 'kennisbank-coaching' };
    if (id === 'kennishiaten') return { name: 'kennisbank-kennishiaten' };
    if (id === 'artikel' && ARTICLE_ID.test(sub) && sub.length <= 120) return { name: 'kennisbank-artikel', id: sub };
    return { name: 'onbekend' };
  }
  // No page: the shell sends the medewerker to their role's start page.
  if (page === '') return { name: 'start' };
  if (page === 'inbox') return { name: 'inbox' };
  if (page === 'werklijst' && id === '') return { name: 'werklijst' };
  if (page === 'werklijst' && UUID.test(id) && sub === '') return { name: 'werklijst-taak', id };
  if (page === 'teamleider') return { name: 'teamleider' };
  if (page === 'xla' && id === '') return { name: 'xla' };
  if (page === 'analyse' && id === '') return { name: 'analyse' };
  if (page === 'beheer' && id === '') return { name: 'beheer' };
  if (page === 'beheer' && id === 'bronnen' && sub === '') return { name: 'beheer-bronnen' };
  if (page === 'beheer' && id === 'medewerkers' && sub === '') return { name: 'beheer-medewerkers' };
  if (page === 'beheer' && id === 'teams' && sub === '') return { name: 'beheer-teams' };
  if (page === 'beheer' && id === 'api-tokens' && sub === '') return { name: 'beheer-api-tokens' };
  if (page === 'beheer' && id === 'regels' && sub === '') return { name: 'beheer-regels' };
  if (page === 'beheer' && id === 'termijnen' && sub === '') return { name: 'beheer-termijnen' };
  if (page === 'beheer' && id === 'kanalen' && sub === '') return { name: 'beheer-kanalen' };
  if (page === 'beheer' && id === 'formulieren' && sub === '') return { name: 'beheer-formulieren' };
  if (page === 'beheer' && id === 'verwerkingen' && sub === '') return { name: 'beheer-verwerkingen' };
  if (page === 'beheer' && id === 'niet-verwerkt' && sub === '') return { name: 'beheer-niet-verwerkt' };
  if (page === 'kwaliteit') {
    if (id === '') return { name: 'kwaliteit' };
    if (UUID.test(id)) return { name: 'kwaliteit-gesprek', id };
    return { name: 'onbekend' };
  }
  if ((page === 'gesprek' || page === 'partij') && UUID.test(id)) return { name: page, id };
  return { name: 'onbekend' };
}

export const href = {
  start: '#/',
  inbox: '#/inbox',
  werklijst: '#/werklijst',
  werklijstTaak: (id: string) => `#/werklijst/${id}`,
  beheer: '#/beheer',
  teamleider: '#/teamleider',
  xla: '#/xla',
  analyse: '#/analyse',
  kwaliteit: '#/kwaliteit',
  kwaliteitGesprek: (id: string) => `#/kwaliteit/${id}`,
  beheerBronnen: '#/beheer/bronnen',
  beheerMedewerkers: '#/beheer/medewerkers',
  beheerTeams: '#/beheer/teams',
  beheerApiTokens: '#/beheer/api-tokens',
  beheerRegels: '#/beheer/regels',
  beheerTermijnen: '#/beheer/termijnen',
  beheerKanalen: '#/beheer/kanalen',
  beheerFormulieren: '#/beheer/formulieren',
  beheerVerwerkingen: '#/beheer/verwerkingen',
  beheerNietVerwerkt: '#/beheer/niet-verwerkt',
  kennisbank: '#/kennisbank',
  kennisbankNieuw: '#/kennisbank/nieuw',
  kennisbankCoaching: '#/kennisbank/coaching',
  kennisbankKennishiaten: '#/kennisbank/kennishiaten',
  kennisbankArtikel: (id: string) => `#/kennisbank/artikel/${id}`,
  gesprek: (id: string) => `#/gesprek/${id}`,
  partij: (id: string) => `#/partij/${id}`,
  zoeken: (params: { q?: string; status?: string }) =>
    `#/zoeken?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString()}`,
};

export function navigate(to: string): void {
  location.hash = to;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
