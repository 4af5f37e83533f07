import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { foutmelding, keys, useApiMutation, useQuery } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { Panel } from '../../ui/panel.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { InlogpogingenSectie } from './inlogpogingen-sectie.tsx';
import { BerichtenTabel, VervolgTabel } from './mislukt-tabellen.tsx';
import { nietVerwerktApi, nietVerwerktQueries } from './niet-verwerkt-api.ts';
import { useNietVerwerktT } from './niet-verwerkt-i18n.ts';
import { Melding, type BeheerMelding } from '../melding.tsx';
import '../beheer.css';
import '../formulieren/formulieren.css';
import './niet-verwerkt.css';

/** #/beheer/niet-verwerkt: what failed on the way in (messages, follow-ups), with retry, and the login attempts. */
export function NietVerwerktPage({ announce }: { announce: (text: string) => void }) {
  const m = useNietVerwerktT();
  const t = useT();
  const berichten = useQuery(nietVerwerktQueries.berichten());
  const vervolg = useQuery(nietVerwerktQueries.vervolgstappen());
  const berichtOpnieuw = useApiMutation(nietVerwerktApi.berichtOpnieuw, () => [keys.nietVerwerkt()]);
  const vervolgOpnieuw = useApiMutation(nietVerwerktApi.vervolgOpnieuw, () => [keys.nietVerwerkt()]);
  const [bezig, setBezig] = useState<string>();
  const [notice, setNotice] = useState<BeheerMelding>();

  const opnieuw = async (id: string, wat: string, mutatie: (id: string) => Promise<void>) => {
    setBezig(id);
    try {
      await mutatie(id);
      setNotice({ type: 'ok', tekst: m.opnieuwGestart(wat) });
      announce(m.opnieuwGestart(wat));
    } catch (e) {
      setNotice({ type: 'error', tekst: t.app.fout(foutmelding(e)) });
    } finally {
      setBezig(undefined);
    }
  };

  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
      <Paragraph>{m.intro}</Paragraph>
      <Melding melding={notice} />
      <Panel title={m.berichten.titel}>
        <QueryState query={berichten} what={m.berichten.wat}>
          {(rijen) =>
            rijen.length === 0 ? (
              <p className="loket-hint">{m.berichten.geen}</p>
            ) : (
              <BerichtenTabel rijen={rijen} bezig={bezig} onOpnieuw={(r, wat) => void opnieuw(r.id, wat, berichtOpnieuw.mutateAsync)} />
            )
          }
        </QueryState>
      </Panel>
      <Panel title={m.vervolg.titel}>
        <QueryState query={vervolg} what={m.vervolg.wat}>
          {(rijen) =>
            rijen.length === 0 ? (
              <p className="loket-hint">{m.vervolg.geen}</p>
            ) : (
              <VervolgTabel rijen={rijen} bezig={bezig} onOpnieuw={(r, wat) => void opnieuw(r.id, wat, vervolgOpnieuw.mutateAsync)} />
            )
          }
        </QueryState>
      </Panel>
      <InlogpogingenSectie />
    </div>
  );
}
