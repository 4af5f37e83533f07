import type { ReactNode } from 'react';
import { Panel } from '../ui/panel.tsx';
import { useAnalyseT } from './analyse-i18n.ts';

/**
 * One view of the dashboard: a panel with the CSV of the same figures beside its heading. A
 * plain link downloads: the session cookie authenticates it like the page's requests.
 */
export function AnalyseSection({ title, intro, csv, children }: { title: string; intro?: string; csv: string; children: ReactNode }) {
  const a = useAnalyseT();
  const link = (
    <a className="utrecht-link loket-an-csv" href={csv} download aria-label={`${a.csv}: ${title}`}>
      {a.csv}
    </a>
  );
  return (
    <Panel title={title} intro={intro} actions={link}>
      {children}
    </Panel>
  );
}
