import { Button, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { kennisApi } from './kennis-api.ts';
import { KennisArtikel } from './kennis-artikel.tsx';

interface Treffer {
  id: string;
  title: string;
  summary: string;
}

/**
 * Articles and werkinstructies for the whole conversation (asked again whenever the citizen
 * writes: `berichten` counts their messages), or for the agent's own search. Each can be read in
 * full here, or its summary inserted as a quick answer.
 */
export function KnowledgePanel({
  gesprekId,
  berichten,
  onInsert,
}: {
  gesprekId: string;
  berichten: number;
  onInsert: (text: string) => void;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [gezocht, setGezocht] = useState(false);
  const [results, setResults] = useState<Treffer[] | undefined>();
  const [open, setOpen] = useState<string>();

  const suggest = () => {
    setGezocht(false);
    kennisApi.suggesties(gesprekId).then(setResults, () => setResults([]));
  };
  useEffect(() => {
    if (!gezocht) suggest();
    // A new message brings new suggestions, unless the agent is looking at their own search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gesprekId, berichten]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(undefined);
    if (!query.trim()) return suggest();
    setGezocht(true);
    api.knowledge(query).then(
      (r) => setResults(r.results),
      () => setResults([]),
    );
  };

  return (
    <section aria-labelledby="kennis-titel" className="loket-panel">
      <h2 id="kennis-titel" className="utrecht-heading-2">
        {t.kennis.titel}
      </h2>
      <form role="search" onSubmit={submit} className="loket-search">
        <FormLabel htmlFor="kennis-zoek">{t.kennis.zoeken}</FormLabel>
        <div className="loket-search__row">
          <Textbox id="kennis-zoek" type="search" value={query} onChange={(e: ChangeEvent<HTMLInputElement>) => setQuery(e.target.value)} />
          <Button type="submit" appearance="secondary-action-button">
            {t.kennis.zoek}
          </Button>
        </div>
      </form>
      {open ? (
        <KennisArtikel id={open} onSluiten={() => setOpen(undefined)} onInsert={onInsert} />
      ) : (
        <>
          {!gezocht && <p className="loket-hint">{t.kennis.suggesties}</p>}
          {results?.length === 0 && <Paragraph>{t.kennis.geen}</Paragraph>}
          <ul className="loket-articles" aria-live="polite">
            {results?.map((a) => (
              <li key={a.id} className="loket-article">
                <h3 className="utrecht-heading-3">{a.title}</h3>
                <p>{a.summary}</p>
                <Button appearance="subtle-button" onClick={() => setOpen(a.id)}>
                  {t.kennis.lezen(a.title)}
                </Button>
                <Button appearance="subtle-button" onClick={() => onInsert(a.summary)}>
                  <span aria-hidden="true">+ </span>
                  {t.kennis.invoegen(a.title)}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
