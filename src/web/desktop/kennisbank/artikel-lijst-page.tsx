import { Button, ButtonLink, FormField, FormFieldDescription, FormLabel, Paragraph, Select, SelectOption, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { useLoad } from '../api/use-load.ts';
import { LoadState } from '../app/load-state.tsx';
import { PageHeading } from '../app/page-heading.tsx';
import { href, navigate } from '../app/route.ts';
import { useT } from '../i18n/i18n.tsx';
import { kennisbankApi, type KennisStatus } from './kennisbank-api.ts';
import { useKennisbankT } from './kennisbank-i18n.ts';
import { filterItems, ID_PATTERN, listItem, recentIds, slugify, STATUSES, type ListItem } from './kennisbank-logic.ts';
import { KennisbankNav } from './kennisbank-nav.tsx';
import './kennisbank.css';

/**
 * Every article the API lets us find (published ones, those with a review date, and those edited in
 * this browser), each with the status of its newest version, filtered by status and words.
 */
async function loadItems(): Promise<{ items: ListItem[]; overdue: Set<string> }> {
  const [published, review] = await Promise.all([
    kennisbankApi.published(),
    kennisbankApi.reviewDue().catch(() => ({ results: [] })),
  ]);
  const overdue = new Set(review.results.flatMap((r) => r.articles.filter((a) => a.overdue).map((a) => a.id)));
  const ids = [...new Set([...recentIds(), ...published.results.map((a) => a.id), ...review.results.flatMap((r) => r.articles.map((a) => a.id))])];
  const items: ListItem[] = [];
  // A few at a time: one request per article until the API offers a list with every status.
  for (let i = 0; i < ids.length; i += 6) {
    const batch = await Promise.all(
      ids.slice(i, i + 6).map((id) =>
        kennisbankApi.overview(id).catch((e: unknown) => {
          if (e instanceof ApiError && e.status === 404) return null;
          throw e;
        }),
      ),
    );
    for (const overview of batch) {
      const item = overview && listItem(overview);
      if (item) items.push(item);
    }
  }
  return { items, overdue };
}

export function ArtikelLijstPage() {
  const t = useT();
  const k = useKennisbankT();
  const [load, reload] = useLoad(loadItems, []);
  const [status, setStatus] = useState<KennisStatus | ''>('');
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState('');

  const data = load.state === 'klaar' ? load.data : undefined;
  const shown = useMemo(() => (data ? filterItems(data.items, status, query) : []), [data, status, query]);

  const open = (event: FormEvent) => {
    event.preventDefault();
    const id = slugify(openId);
    if (ID_PATTERN.test(id)) navigate(href.kennisbankArtikel(id));
  };

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
          <Select id="kb-status" value={status} onChange={(e: ChangeEvent<HTMLSelectElement>) => setStatus(e.target.value as KennisStatus | '')}>
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
          <Textbox id="kb-zoeken" type="search" value={query} aria-describedby="kb-zoeken-hulp" onChange={(e: ChangeEvent<HTMLInputElement>) => setQuery(e.target.value)} />
          <FormFieldDescription id="kb-zoeken-hulp" className="loket-hint">
            {k.lijst.zoekHulp}
          </FormFieldDescription>
        </FormField>
        <form className="loket-kb-open" onSubmit={open}>
          <FormField>
            <FormLabel htmlFor="kb-open-id">{k.lijst.openen}</FormLabel>
            <Textbox id="kb-open-id" value={openId} aria-describedby="kb-open-hulp" onChange={(e: ChangeEvent<HTMLInputElement>) => setOpenId(e.target.value)} />
            <FormFieldDescription id="kb-open-hulp" className="loket-hint">
              {k.lijst.openenHulp}
            </FormFieldDescription>
          </FormField>
          <Button type="submit" appearance="secondary-action-button">
            {k.lijst.openenKnop}
          </Button>
        </form>
      </div>
      <LoadState load={load} what="GET /api/kennisbank/artikelen" retry={reload}>
        {({ items, overdue }) => (
          <>
            <p className="loket-count" role="status">
              {k.lijst.aantal(shown.length, items.length)}
            </p>
            {shown.length === 0 ? (
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
                  {shown.map(({ id, latest, publishedVersion }) => (
                    <TableRow key={id}>
                      <TableHeaderCell scope="row">
                        <a className="utrecht-link" href={href.kennisbankArtikel(id)}>
                          {latest.title}
                        </a>
                        <div className="loket-hint">
                          {id} · {k.type[latest.type] ?? latest.type}
                        </div>
                      </TableHeaderCell>
                      <TableCell>
                        <span className={`loket-kb-status loket-kb-status--${latest.status}`}>{k.status[latest.status] ?? latest.status}</span>
                      </TableCell>
                      <TableCell>
                        {latest.version}
                        {publishedVersion !== null && publishedVersion !== latest.version && <span className="loket-hint"> ({k.editor.gepubliceerdeVersie(publishedVersion)})</span>}
                      </TableCell>
                      <TableCell>{latest.department}</TableCell>
                      <TableCell>
                        {latest.reviewDate ?? '—'}
                        {overdue.has(id) && <span className="loket-kb-overdue"> ({k.lijst.verlopen})</span>}
                      </TableCell>
                      <TableCell>{t.tijd.datum(latest.createdAt)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        )}
      </LoadState>
    </div>
  );
}
