import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { kennisApi, type KennisartikelVolledig } from './kennis-api.ts';

/**
 * An article's or werkinstructie's full text beside the conversation, so the agent reads it
 * without leaving the gesprek. The HTML is the server's sanitised body.
 */
export function KennisArtikel({ id, onSluiten, onInsert }: { id: string; onSluiten: () => void; onInsert: (text: string) => void }) {
  const t = useT();
  const [artikel, setArtikel] = useState<KennisartikelVolledig | null>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setArtikel(undefined);
    kennisApi.artikel(id).then(setArtikel, () => setArtikel(null));
  }, [id]);
  useEffect(() => {
    if (artikel) heading.current?.focus();
  }, [artikel]);

  if (artikel === undefined) return <Paragraph aria-live="polite">{t.kennis.laden}</Paragraph>;
  if (artikel === null) return <Paragraph role="alert">{t.kennis.nietGevonden}</Paragraph>;
  return (
    <article className="loket-kennis-artikel" aria-labelledby="kennis-artikel-titel">
      <h3 id="kennis-artikel-titel" className="utrecht-heading-3" tabIndex={-1} ref={heading}>
        {artikel.type === 'werkinstructie' && <span className="loket-badge">{t.kennis.werkinstructie}</span>} {artikel.title}
      </h3>
      <div className="utrecht-rich-text" dangerouslySetInnerHTML={{ __html: artikel.html }} />
      <div className="loket-kennis-artikel__acties">
        <Button appearance="secondary-action-button" onClick={() => onInsert(artikel.summary)}>
          {t.kennis.invoegen(artikel.title)}
        </Button>
        <Button appearance="subtle-button" onClick={onSluiten}>
          {t.kennis.terug}
        </Button>
      </div>
    </article>
  );
}
