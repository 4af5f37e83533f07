import { Button, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { KennisArtikel } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

/** Articles for the citizen's last message, whose summary the agent can insert as a quick answer. */
export function KnowledgePanel({ question, onInsert }: { question: string; onInsert: (text: string) => void }) {
  const t = useT();
  const [query, setQuery] = useState(question);
  const [results, setResults] = useState<KennisArtikel[] | undefined>();
  const search = (q: string) => {
    if (!q.trim()) return setResults([]);
    api.knowledge(q).then((r) => setResults(r.results), () => setResults([]));
  };
  useEffect(() => {
    setQuery(question);
    search(question);
  }, [question]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    search(query);
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
      {query === question && question && <p className="loket-hint">{t.kennis.suggesties}</p>}
      {results?.length === 0 && <Paragraph>{t.kennis.geen}</Paragraph>}
      <ul className="loket-articles">
        {results?.map((a) => (
          <li key={a.id} className="loket-article">
            <h3 className="utrecht-heading-3">{a.title}</h3>
            <p>{a.summary}</p>
            <Button appearance="subtle-button" onClick={() => onInsert(a.summary)}>
              <span aria-hidden="true">+ </span>
              {t.kennis.invoegen(a.title)}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
