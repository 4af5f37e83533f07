import { useId, type ReactNode } from 'react';
import { useAnalyseT } from './analyse-i18n.ts';

/**
 * One view of the dashboard: a panel with its heading, an explanation and the CSV of the same
 * figures. A plain link downloads: the session cookie authenticates it like the page's requests.
 */
export function AnalyseSection({ title, intro, csv, children }: { title: string; intro?: string; csv: string; children: ReactNode }) {
  const a = useAnalyseT();
  const id = useId();
  return (
    <section className="loket-panel loket-an-section" aria-labelledby={id}>
      <div className="loket-an-section__head">
        <h2 id={id} className="utrecht-heading-2">
          {title}
        </h2>
        <a className="utrecht-link loket-an-csv" href={csv} download aria-label={`${a.csv}: ${title}`}>
          {a.csv}
        </a>
      </div>
      {intro && <p className="loket-hint">{intro}</p>}
      {children}
    </section>
  );
}
