import type { Antwoord } from '../api/types.ts';

/**
 * The kennisbank's wire types as the editor screens use them: the answers come from the generated
 * contract (src/knowledge/articles.schemas.ts); ArticleContent is what the editor sends.
 */
export type KennisStatus = 'concept' | 'ter_review' | 'gepubliceerd' | 'gearchiveerd';
export type KennisType = 'artikel' | 'werkinstructie' | 'nieuws';
export type Doelgroep = 'inwoner' | 'ondernemer';
export type Transitie = 'indienen' | 'terugsturen' | 'publiceren' | 'archiveren';

export interface ArticleContent {
  type: KennisType;
  title: string;
  summary: string;
  body: string;
  category: string;
  upl: string | null;
  audience: Doelgroep[];
  department: string;
  keywords: string[];
  reviewDate?: string | null;
}

export type Overview = Antwoord<'/api/kennisbank/artikelen/{id}/versies'>;
export type Version = Overview['versions'][number];

/** The redactie's list: the newest version of each article (src/knowledge/editor.schemas.ts). */
export type ArticleList = Antwoord<'/api/kennisbank/redactie/artikelen'>;
export type ArticleListItem = ArticleList['results'][number];

export interface ListFilter {
  status: KennisStatus | '';
  q: string;
  reviewDue: boolean;
  offset: number;
}

export type CoachingCluster = Antwoord<'/api/bot/coaching'>['clusters'][number];
