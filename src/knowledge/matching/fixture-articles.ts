import type { KnowledgeArticle } from './types.ts';

/** Small knowledge base for tests: near neighbours on purpose (ID-kaart vs paspoort). */
function article(
  id: string,
  category: string,
  title: string,
  keywords: string[],
  summary: string,
  type: KnowledgeArticle['type'] = 'artikel',
): KnowledgeArticle {
  return { id, type, category, title, keywords, summary, body: summary };
}

export const FIXTURE_ARTICLES: readonly KnowledgeArticle[] = [
  article(
    'id-kaart',
    'burgerzaken',
    'Identiteitskaart aanvragen',
    ['identiteitskaart', 'legitimatie'],
    'U vraagt een identiteitskaart aan op afspraak in het stadhuis. Neem een pasfoto mee.',
  ),
  article(
    'paspoort',
    'burgerzaken',
    'Paspoort aanvragen',
    ['paspoort', 'reisdocument', 'op reis'],
    'Een paspoort vraagt u aan in het stadhuis. Het is tien jaar geldig.',
  ),
  article(
    'grofvuil',
    'afval',
    'Grofvuil laten ophalen',
    ['grofvuil', 'meubels', 'matras'],
    'Maak een afspraak en wij halen uw grofvuil gratis op, vier keer per jaar.',
  ),
  article(
    'hond',
    'belastingen',
    'Hondenbelasting',
    ['hondenbelasting', 'hond aanmelden'],
    'Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond aan.',
  ),
  article(
    'lantaarn',
    'openbare-ruimte',
    'Straatverlichting kapot melden',
    ['straatverlichting', 'lantaarnpaal'],
    'Is een lantaarnpaal kapot? Meld het online met het paalnummer.',
  ),
  article(
    'wi-bellen',
    'algemeen',
    'Werkinstructie: terugbelverzoek',
    ['terugbelverzoek'],
    'Maak een terugbelverzoek aan voor het vakteam.',
    'werkinstructie',
  ),
];
