import type { ArticleContent, Doelgroep, KennisStatus, KennisType, ListFilter, Transitie, Version } from './kennisbank-types.ts';

/** The same state machine as src/knowledge/article-workflow.ts: which steps a version's status allows. */
export const TRANSITIONS: Record<Transitie, { from: KennisStatus[] }> = {
  indienen: { from: ['concept'] },
  terugsturen: { from: ['ter_review'] },
  publiceren: { from: ['ter_review'] },
  archiveren: { from: ['gepubliceerd'] },
};

export function allowedTransitions(status: KennisStatus | undefined): Transitie[] {
  if (!status) return [];
  return (Object.keys(TRANSITIONS) as Transitie[]).filter((t) => TRANSITIONS[t].from.includes(status));
}

export const SUMMARY_MAX = 300;
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const STATUSES: KennisStatus[] = ['concept', 'ter_review', 'gepubliceerd', 'gearchiveerd'];
export const TYPES: KennisType[] = ['artikel', 'werkinstructie', 'nieuws'];
export const AUDIENCES: Doelgroep[] = ['inwoner', 'ondernemer'];

/** A proposal for the id from the title: "Paspoort aanvragen?" → "paspoort-aanvragen". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

export function parseKeywords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ];
}

/** The form as strings, the way the inputs hold it. */
export interface Draft {
  id: string;
  type: KennisType;
  title: string;
  summary: string;
  body: string;
  category: string;
  audience: Doelgroep[];
  department: string;
  keywords: string;
  reviewDate: string;
  upl: string | null;
}

export type Field = 'id' | 'title' | 'summary' | 'body' | 'category' | 'audience' | 'department' | 'keywords';

export function emptyDraft(): Draft {
  return {
    id: '',
    type: 'artikel',
    title: '',
    summary: '',
    body: '',
    category: '',
    audience: ['inwoner'],
    department: '',
    keywords: '',
    reviewDate: '',
    upl: null,
  };
}

export function draftFromVersion(v: Version): Draft {
  return {
    id: v.articleId,
    type: v.type,
    title: v.title,
    summary: v.summary,
    body: v.body,
    category: v.category,
    audience: [...v.audience],
    department: v.department,
    keywords: v.keywords.join(', '),
    reviewDate: v.reviewDate ?? '',
    upl: v.upl,
  };
}

export function contentFromDraft(d: Draft): ArticleContent {
  return {
    type: d.type,
    title: d.title.trim(),
    summary: d.summary.trim(),
    body: d.body,
    category: d.category.trim(),
    upl: d.upl,
    audience: AUDIENCES.filter((a) => d.audience.includes(a)),
    department: d.department.trim(),
    keywords: parseKeywords(d.keywords),
    reviewDate: d.reviewDate || null,
  };
}

export type Problem =
  | { field: Field; kind: 'verplicht' }
  | { field: Field; kind: 'teLang'; max: number }
  | { field: 'id'; kind: 'idOngeldig' }
  | { field: 'audience'; kind: 'doelgroepVerplicht' };

/** The schema's rules, checked before sending so the error summary can name every field at once. */
export function validate(d: Draft, isNew: boolean): Problem[] {
  const problems: Problem[] = [];
  const title = d.title.trim();
  if (!title) problems.push({ field: 'title', kind: 'verplicht' });
  else if (title.length > 200) problems.push({ field: 'title', kind: 'teLang', max: 200 });
  // In the order of the form: the id field follows the title it is proposed from.
  if (isNew) {
    if (!d.id.trim()) problems.push({ field: 'id', kind: 'verplicht' });
    else if (!ID_PATTERN.test(d.id) || d.id.length > 120) problems.push({ field: 'id', kind: 'idOngeldig' });
  }
  const text: [Field, string, number][] = [
    ['summary', d.summary.trim(), SUMMARY_MAX],
    ['body', d.body.trim(), 50_000],
    ['category', d.category.trim(), 100],
    ['department', d.department.trim(), 200],
  ];
  for (const [field, value, max] of text) {
    if (!value) problems.push({ field, kind: 'verplicht' });
    else if (value.length > max) problems.push({ field, kind: 'teLang', max });
  }
  if (d.audience.length === 0) problems.push({ field: 'audience', kind: 'doelgroepVerplicht' });
  if (parseKeywords(d.keywords).some((k) => k.length > 100)) problems.push({ field: 'keywords', kind: 'teLang', max: 100 });
  return problems;
}

/** Rows per page of the article list. */
export const PAGE_SIZE = 50;

/** The list's filters as the query string of GET /api/kennisbank/redactie/artikelen. */
export function listQuery(filter: ListFilter): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(filter.offset) });
  if (filter.status) params.set('status', filter.status);
  const q = filter.q.trim().slice(0, 200);
  if (q) params.set('q', q);
  if (filter.reviewDue) params.set('reviewDue', 'true');
  return params.toString();
}
