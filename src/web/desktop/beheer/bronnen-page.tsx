import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { keys, useInvalidate, useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { Panel } from '../ui/panel.tsx';
import { useT } from '../i18n/i18n.tsx';
import { BronFormulier } from './bron-formulier.tsx';
import { BronKaart } from './bron-kaart.tsx';
import { BronVerwijderen } from './bron-verwijderen.tsx';
import { bronnenApi, type Bron, type BronSoort } from './bronnen-api.ts';
import { useBeheerT } from './beheer-i18n.ts';
import './beheer.css';

type Bewerking = { bron: Bron | null; soort: BronSoort } | null;

/** #/beheer/bronnen: the beheerder's list of BRP and zaken sources, with add, edit, delete and test. */
export function BronnenPage({ announce }: { announce: (text: string) => void }) {
  const m = useBeheerT();
  const b = m.bronnen;
  const t = useT();
  const lijst = useQuery({ queryKey: keys.bronnen(), queryFn: bronnenApi.lijst });
  const invalidate = useInvalidate();
  const reload = () => void invalidate(keys.bronnen());
  const [bewerking, setBewerking] = useState<Bewerking>(null);
  const [weg, setWeg] = useState<Bron>();
  const [wegBusy, setWegBusy] = useState(false);
  const [wegFout, setWegFout] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const say = (text: string) => {
    setNotice(text);
    announce(text);
  };
  const verwijder = async (bron: Bron) => {
    setWegBusy(true);
    setWegFout(undefined);
    try {
      await bronnenApi.verwijder(bron.id);
      setWeg(undefined);
      say(b.verwijderd(bron.naam));
      reload();
    } catch (e) {
      setWegFout(t.app.fout(e instanceof Error ? e.message : String(e)));
    } finally {
      setWegBusy(false);
    }
  };

  return (
    <div className="loket-beheer">
      <PageHeading>{b.titel}</PageHeading>
      <Paragraph>{b.intro}</Paragraph>
      {notice && (
        <Alert type="ok" className="loket-notice">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      {bewerking ? (
        <BronFormulier
          key={bewerking.bron?.id ?? `nieuw-${bewerking.soort}`}
          bron={bewerking.bron}
          soort={bewerking.soort}
          onCancel={() => setBewerking(null)}
          onSaved={(bron) => {
            setBewerking(null);
            say(b.opgeslagen(bron.naam));
            reload();
          }}
        />
      ) : (
        <p className="loket-beheer__nieuw">
          <Button appearance="secondary-action-button" onClick={() => (setNotice(undefined), setBewerking({ bron: null, soort: 'brp' }))}>
            {b.nieuwBrp}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => (setNotice(undefined), setBewerking({ bron: null, soort: 'zaken' }))}>
            {b.nieuwZaken}
          </Button>
        </p>
      )}
      <Panel title={b.lijst}>
        <QueryState query={lijst} what={b.wat}>
          {({ bronnen }) =>
            bronnen.length === 0 ? (
              <p className="loket-hint">{b.geen}</p>
            ) : (
              <ul className="loket-bronnen">
                {bronnen.map((bron) => (
                  <BronKaart
                    key={bron.id}
                    bron={bron}
                    announce={announce}
                    onEdit={() => (setNotice(undefined), setBewerking({ bron, soort: bron.soort }))}
                    onDelete={() => (setWegFout(undefined), setWeg(bron))}
                  />
                ))}
              </ul>
            )
          }
        </QueryState>
      </Panel>
      {weg && (
        <BronVerwijderen bron={weg} busy={wegBusy} fout={wegFout} onConfirm={() => void verwijder(weg)} onClose={() => setWeg(undefined)} />
      )}
    </div>
  );
}
