import { useState } from 'react';
import { PageHeading } from '../ui/page-heading.tsx';
import { KennishiatenPanel } from './kennishiaten-panel.tsx';
import type { KwaliteitFilter } from './kwaliteit-api.ts';
import { KwaliteitFilters } from './kwaliteit-filters.tsx';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { KwaliteitRapportView } from './kwaliteit-rapport.tsx';
import { ZinnenPanel } from './zinnen-panel.tsx';
import './kwaliteit.css';

/** The team lead's quality view: figures per agent, team and week, findings, knowledge gaps and alert phrases. */
export function KwaliteitPage({ announce }: { announce: (text: string) => void }) {
  const k = useKwaliteitT();
  const [filter, setFilter] = useState<KwaliteitFilter>({});
  return (
    <div className="loket-kwaliteit">
      <PageHeading>{k.titel}</PageHeading>
      <p className="loket-hint">{k.intro}</p>
      <KwaliteitFilters onApply={setFilter} />
      <KwaliteitRapportView filter={filter} />
      <div className="loket-kw-onder">
        <KennishiatenPanel van={filter.van} tot={filter.tot} />
        <ZinnenPanel announce={announce} />
      </div>
    </div>
  );
}
