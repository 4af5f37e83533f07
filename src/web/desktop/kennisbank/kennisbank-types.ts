/** The kennisbank's wire types as the editor screens use them; they mirror src/knowledge/articles.schemas.ts. */
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

export interface Version extends ArticleContent {
  articleId: string;
  version: number;
  status: KennisStatus;
  reviewDate: string | null;
  updated: string;
  author: string;
  createdAt: string;
  statusChangedAt: string;
}

export interface Overview {
  id: string;
  publishedVersion: number | null;
  versions: Version[];
}

/** One row of the redactie's list: the newest version of an article (src/knowledge/editor.schemas.ts). */
export interface ArticleListItem {
  id: string;
  version: number;
  status: KennisStatus;
  publishedVersion: number | null;
  type: KennisType;
  title: string;
  category: string;
  department: string;
  reviewDate: string | null;
  reviewOverdue: boolean;
  updated: string;
  author: string;
  changedAt: string;
}

export interface ArticleList {
  total: number;
  limit: number;
  offset: number;
  results: ArticleListItem[];
}

export interface ListFilter {
  status: KennisStatus | '';
  q: string;
  reviewDue: boolean;
  offset: number;
}

export interface CoachingCluster {
  size: number;
  questions: { id: string; text: string; reason: string; askedAt: string }[];
  closestArticle: { articleId: string; title: string; confidence: number } | null;
}
