import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ScrollRegion } from '../ui/scroll-region.tsx';
import type { ContentGap } from './analyse-api.ts';
import { useAnalyseT } from './analyse-i18n.ts';
import { humanize, type Names } from './analyse-logic.ts';

/** Pages chats started on, gaps first: the redactie's to-do list for the website. */
export function ContentGapsTable({ pages, names }: { pages: ContentGap[]; names: Names }) {
  const a = useAnalyseT();
  if (pages.length === 0) return <p className="loket-empty">{a.gaten.geen}</p>;
  const sorted = [...pages].sort((x, y) => Number(y.gap) - Number(x.gap) || y.chats - x.chats || x.paginaUrl.localeCompare(y.paginaUrl));
  return (
    <ScrollRegion label={a.gaten.titel}>
      <Table className="loket-an-table">
        <TableCaption className="loket-visually-hidden">{a.gaten.titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{a.gaten.kolomPagina}</TableHeaderCell>
            <TableHeaderCell scope="col">{a.gaten.kolomArtikel}</TableHeaderCell>
            <TableHeaderCell scope="col" className="loket-an-num">
              {a.gaten.kolomChats}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="loket-an-num">
              {a.gaten.kolomEigen}
            </TableHeaderCell>
            <TableHeaderCell scope="col">{a.gaten.kolomGat}</TableHeaderCell>
            <TableHeaderCell scope="col">{a.gaten.kolomOnderwerpen}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((p) => (
            <TableRow key={p.paginaUrl}>
              <TableHeaderCell scope="row" className="loket-an-url">
                {p.paginaUrl}
              </TableHeaderCell>
              <TableCell>
                {p.pageArticleId ? names.article(p.pageArticleId) : '—'}
                {p.pageArticleSource && <span className="loket-hint"> ({a.gaten.bron[p.pageArticleSource] ?? p.pageArticleSource})</span>}
              </TableCell>
              <TableCell className="loket-an-num">{a.getal(p.chats)}</TableCell>
              <TableCell className="loket-an-num">
                {a.getal(p.ownSubjectChats)} ({a.procent(p.ownSubjectShare)})
              </TableCell>
              <TableCell>{p.gap ? <strong className="loket-an-gap">{a.gaten.ja}</strong> : a.gaten.nee}</TableCell>
              <TableCell>
                {p.topics
                  .map((topic) => `${topic.articleId ? names.article(topic.articleId) : humanize(topic.category)} (${topic.count})`)
                  .join(', ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
