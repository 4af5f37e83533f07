import { sql } from 'kysely';
import type { Db } from '../../db/transaction.ts';
import { articleIdInUrl, normalisePageUrl } from './page-url.ts';

/** A page needs this many chats before it can be flagged, and this share about its own subject. */
export const MIN_CHATS = 5;
export const MIN_OWN_SHARE = 0.3;

export interface PageTopics {
  paginaUrl: string;
  /** The article the page is about: mapped by a redacteur, else named in the URL's last segment. */
  pageArticleId: string | null;
  pageArticleSource: 'redacteur' | 'url' | null;
  chats: number;
  topics: { category: string; articleId: string | null; count: number }[];
  ownSubjectChats: number;
  ownSubjectShare: number;
  /** People keep asking about what the page itself should explain. */
  gap: boolean;
}

/**
 * Content gaps: per page a web chat started on, what people chatted about. A page is flagged
 * when at least MIN_CHATS chats started there and at least MIN_OWN_SHARE of them are about the
 * page's own article: the page was read, and did not answer the question it is for.
 */
export async function contentGaps(db: Db, from: string, to: string): Promise<PageTopics[]> {
  const [{ rows }, mapped, published] = await Promise.all([
    sql<{ pagina_url: string; categorie: string; artikel_id: string | null; aantal: number }>`
      select pagina_url, categorie, artikel_id, count(*)::int as aantal
        from klantcontact_onderwerp
       where pagina_url is not null and plaatsgevonden_op >= ${from}::date and plaatsgevonden_op < ${to}::date + 1
       group by pagina_url, categorie, artikel_id`.execute(db),
    db.selectFrom('pagina_artikel').select(['pagina_url', 'artikel_id']).execute(),
    db.selectFrom('kennisartikel').select('id').where('gepubliceerde_versie', 'is not', null).execute(),
  ]);
  const byRedacteur = new Map(mapped.map((m) => [m.pagina_url, m.artikel_id]));
  const articleIds = new Set(published.map((p) => p.id));
  const pages = new Map<string, PageTopics>();
  for (const r of rows) {
    let page = pages.get(r.pagina_url);
    if (!page) {
      const mappedId = byRedacteur.get(r.pagina_url);
      const fromUrl = mappedId ? null : articleIdInUrl(r.pagina_url, articleIds);
      page = {
        paginaUrl: r.pagina_url,
        pageArticleId: mappedId ?? fromUrl,
        pageArticleSource: mappedId ? 'redacteur' : fromUrl ? 'url' : null,
        chats: 0,
        topics: [],
        ownSubjectChats: 0,
        ownSubjectShare: 0,
        gap: false,
      };
      pages.set(r.pagina_url, page);
    }
    page.chats += r.aantal;
    page.topics.push({ category: r.categorie, articleId: r.artikel_id, count: r.aantal });
    if (page.pageArticleId && r.artikel_id === page.pageArticleId) page.ownSubjectChats += r.aantal;
  }
  for (const page of pages.values()) {
    page.topics.sort((a, b) => b.count - a.count);
    page.ownSubjectShare = page.chats ? Math.round((page.ownSubjectChats / page.chats) * 1000) / 1000 : 0;
    page.gap = page.pageArticleId !== null && page.chats >= MIN_CHATS && page.ownSubjectShare >= MIN_OWN_SHARE;
  }
  return [...pages.values()].sort((a, b) => Number(b.gap) - Number(a.gap) || b.ownSubjectChats - a.ownSubjectChats || b.chats - a.chats);
}

export async function mapPageToArticle(db: Db, paginaUrl: string, artikelId: string): Promise<string> {
  const url = normalisePageUrl(paginaUrl);
  if (!url) throw new Error('invalid url');
  await db
    .insertInto('pagina_artikel')
    .values({ pagina_url: url, artikel_id: artikelId })
    .onConflict((oc) => oc.column('pagina_url').doUpdateSet({ artikel_id: artikelId }))
    .execute();
  return url;
}
