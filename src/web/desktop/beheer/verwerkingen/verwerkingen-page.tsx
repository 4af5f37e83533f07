import { Button, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useQuery } from '../../api/query.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { Panel } from '../../ui/panel.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { verwerkingenApi, verwerkingenQueries } from './verwerkingen-api.ts';
import { VerwerkingenFilter } from './verwerkingen-filter.tsx';
import { useVerwerkingenT } from './verwerkingen-i18n.ts';
import { LEGE_ZOEKVRAAG, PAGINA, UUID, type Zoekvraag } from './verwerkingen-logic.ts';
import { VerwerkingenTabel } from './verwerkingen-tabel.tsx';
import '../beheer.css';
import '../formulieren/formulieren.css';
import './verwerkingen.css';

/** #/beheer/verwerkingen: the processing log, searched by medewerker, partij, period and purpose, page by page. */
export function VerwerkingenPage({ announce }: { announce: (text: string) => void }) {
  const m = useVerwerkingenT();
  const [zoekvraag, setZoekvraag] = useState<Zoekvraag>(LEGE_ZOEKVRAAG);
  const [pagina, setPagina] = useState(0);
  const resultaten = useRef<HTMLDivElement>(null);
  const log = useQuery(verwerkingenQueries.pagina(zoekvraag, pagina));
  const zoek = (z: Zoekvraag) => {
    setZoekvraag(z);
    setPagina(0);
  };
  const blader = (naar: number) => {
    setPagina(naar);
    announce(m.pagina(naar + 1));
    resultaten.current?.focus();
  };
  const partij = zoekvraag.partij.trim();

  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
      <Paragraph>{m.intro}</Paragraph>
      <Panel title={m.zoeken}>
        <VerwerkingenFilter zoekvraag={zoekvraag} onZoek={zoek} />
        {UUID.test(partij) && (
          <p>
            <a href={verwerkingenApi.exportUrl(partij)} download>
              {m.export}
            </a>
          </p>
        )}
      </Panel>
      <div ref={resultaten} tabIndex={-1} className="loket-verwerkingen__resultaten">
        <QueryState query={log} what={m.wat}>
          {({ results, meer }) =>
            results.length === 0 ? (
              <p className="loket-hint">{m.geen}</p>
            ) : (
              <>
                <VerwerkingenTabel rijen={results} eerste={pagina * PAGINA + 1} onPartij={(id) => zoek({ ...zoekvraag, partij: id })} />
                <nav className="loket-bron-formulier__acties" aria-label={m.pagina(pagina + 1)}>
                  <Button appearance="secondary-action-button" disabled={pagina === 0} onClick={() => blader(pagina - 1)}>
                    {m.vorige}
                  </Button>
                  <Button appearance="secondary-action-button" disabled={!meer} onClick={() => blader(pagina + 1)}>
                    {m.volgende}
                  </Button>
                </nav>
              </>
            )
          }
        </QueryState>
      </div>
    </div>
  );
}
