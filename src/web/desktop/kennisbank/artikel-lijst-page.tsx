import {
  Button,
  ButtonLink,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { href } from '../ui/route.ts';
import { useT } from '../i18n/i18n.tsx';
import { kennisbankQueries, type ArticleList, type KennisStatus, type ListFilter } from './kennisbank-api.ts';
import { useKennisbankT } from './kennisbank-i18n.ts';
import { PAGE_SIZE, STATUSES } from './kennisbank-logic.ts';
import { KennisbankNav } from './kennisbank-nav.tsx';
import './kennisbank.css';

/** Waits for typing to pause before asking the server again. */
const TYPING_PAUSE_MS = 300;

/**
 * Every article with the status of its newest version (GET /api/kennisbank/redactie/artikelen),
 * concepts that were never published included, filtered and paged by the server.
 */
export function ArtikelLijstPage() {
  const k = useKennisbankT();
  const [filter, setFilter] = useState<ListFilter>({ status: '', q: '', reviewDue: false, offset: 0 });
  const [typed, setTyped] = useState('');
  const lijst = useQuery(kennisbankQueries.lijst(filter));
  const change = (update: Partial<ListFilter>) => setFilter((f) => ({ ...f, offset: 0, ...update }));

  useEffect(() => {
    const timer = setTimeout(() => setFilter((f) => (f.q === typed ? f : { ...f, q: typed, offset: 0 })), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  return (
    <div className="loket-kennisbank">
      <KennisbankNav current="artikelen" />
      <div className="loket-kb-head">
        <PageHeading>{k.lijst.titel}</PageHeading>
        <ButtonLink appearance="primary-action-button" href={href.kennisbankNieuw}>
          {k.lijst.nieuw}
        </ButtonLink>
      </div>
      <div role="search" className="loket-kb-filters" aria-label={k.lijst.filters}>
        <FormField>
          <FormLabel htmlFor="kb-status">{k.lijst.statusFilter}</FormLabel>
          <Select
            id="kb-status"
            value={filter.status}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => change({ status: e.target.value as KennisStatus | '' })}
          >
            <SelectOption value="">{k.lijst.alleStatussen}</SelectOption>
            {STATUSES.map((s) => (
              <SelectOption key={s} value={s}>
                {k.status[s]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <FormLabel htmlFor="kb-zoeken">{k.lijst.zoeken}</FormLabel>
          <Textbox
            id="kb-zoeken"
            type="search"
            value={typed}
            maxLength={200}
            aria-describedby="kb-zoeken-hulp"
            onChange={(e: ChangeEvent<HTMLInputElement>) => setTyped(e.target.value)}
          />
          <FormFieldDescription id="kb-zoeken-hulp" className="loket-hint">
            {k.lijst.zoekHulp}
          </FormFieldDescription>
        </FormField>
        <FormField className="loket-kb-check">
          <label htmlFor="kb-review">
            <Checkbox
              id="kb-review"
              appearance="custom"
              checked={filter.reviewDue}
              onChange={(e: ChangeEvent<HTMLInputElement>) => change({ reviewDue: e.target.checked })}
            />
            {k.lijst.reviewFilter}
          </label>
        </FormField>
      </div>
      <QueryState query={lijst} what="GET /api/kennisbank/redactie/artikelen">
        {(list) => <ArticleTable list={list} onPage={(offset) => setFilter((f) => ({ ...f, offset }))} />}
      </QueryState>
    </div>
  );
}

function ArticleTable({ list, onPage }: { list: ArticleList; onPage: (offset: number) => void }) {
  const t = useT();
  const k = useKennisbankT();
  const { total, offset, results } = list;
  return (
    <>
      <p className="loket-count" role="status">
        {total > results.length ? k.lijst.bereik(offset + 1, offset + results.length, total) : k.lijst.aantal(total)}
      </p>
      {results.length === 0 ? (
        <Paragraph className="loket-empty">{k.lijst.geen}</Paragraph>
      ) : (
        <Table className="loket-kb-table">
          <TableCaption className="loket-visually-hidden">{k.lijst.titel}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{k.lijst.kolomTitel}</TableHeaderCell>
              <TableHeaderCell scope="col">{k.lijst.kolomStatus}</TableHeaderCell>
              <TableHeaderCell scope="col">{k.lijst.kolomVersie}</TableHeaderCell>
              <TableHeaderCell scope="col">{k.lijst.kolomAfdeling}</TableHeaderCell>
              <TableHeaderCell scope="col">{k.lijst.kolomReview}</TableHeaderCell>
              <TableHeaderCell scope="col">{k.lijst.kolomGewijzigd}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {results.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row">
                  <a className="utrecht-link" href={href.kennisbankArtikel(a.id)}>
                    {a.title}
                  </a>
                  <div className="loket-hint">
                    {a.id} · {k.type[a.type] ?? a.type}
                  </div>
                </TableHeaderCell>
                <TableCell>
                  <span className={`loket-kb-status loket-kb-status--${a.status}`}>{k.status[a.status] ?? a.status}</span>
                </TableCell>
                <TableCell>
                  {a.version}
                  {a.publishedVersion !== null && a.publishedVersion !== a.version && (
                    <span className="loket-hint"> ({k.editor.gepubliceerdeVersie(a.publishedVersion)})</span>
                  )}
                </TableCell>
                <TableCell>{a.department}</TableCell>
                <TableCell>
                  {a.reviewDate ?? '—'}
                  {a.reviewOverdue && <span className="loket-kb-overdue"> ({k.lijst.verlopen})</span>}
                </TableCell>
                <TableCell>
                  <time dateTime={a.changedAt}>{t.tijd.datum(a.changedAt)}</time>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {total > PAGE_SIZE && (
        <nav className="loket-kb-actions" aria-label={k.lijst.paginering}>
          <Button appearance="secondary-action-button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - PAGE_SIZE))}>
            {k.lijst.vorige}
          </Button>
          <Button appearance="secondary-action-button" disabled={offset + PAGE_SIZE >= total} onClick={() => onPage(offset + PAGE_SIZE)}>
            {k.lijst.volgende}
          </Button>
        </nav>
      )}
    </>
  );
}
