import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { keys, useApiMutation, useInvalidate, useQuery } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { Panel } from '../../ui/panel.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { KanaalFormulier } from './kanaal-formulier.tsx';
import { KanaalKaart } from './kanaal-kaart.tsx';
import { kanalenApi, kanalenQueries, type Kanaal } from './kanalen-api.ts';
import { useKanalenT } from './kanalen-i18n.ts';
import { Melding, type BeheerMelding } from '../melding.tsx';
import '../beheer.css';
import './kanalen.css';

type Bewerking = { kanaal: Kanaal | null } | null;

/** #/beheer/kanalen: the messaging channels' connections, with connect, edit, switch on/off and test. */
export function KanalenPage({ announce }: { announce: (text: string) => void }) {
  const m = useKanalenT();
  const t = useT();
  const lijst = useQuery(kanalenQueries.lijst());
  const invalidate = useInvalidate();
  const wijzig = useApiMutation(
    (k: Kanaal) => kanalenApi.wijzig(k.id, { actief: !k.actief }),
    () => [keys.kanalen()],
  );
  const [bewerking, setBewerking] = useState<Bewerking>(null);
  const [notice, setNotice] = useState<BeheerMelding>();

  const say = (tekst: string, type: BeheerMelding['type'] = 'ok') => {
    setNotice({ type, tekst });
    announce(tekst);
  };
  const schakel = async (kanaal: Kanaal) => {
    try {
      const gewijzigd = await wijzig.mutateAsync(kanaal);
      say(gewijzigd.actief ? m.aangezet(gewijzigd.naam) : m.uitgezet(gewijzigd.naam));
    } catch (e) {
      say(t.app.fout(e instanceof Error ? e.message : String(e)), 'error');
    }
  };

  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
      <Paragraph>{m.intro}</Paragraph>
      <Melding melding={notice} />
      {bewerking ? (
        <KanaalFormulier
          key={bewerking.kanaal?.id ?? 'nieuw'}
          kanaal={bewerking.kanaal}
          onCancel={() => setBewerking(null)}
          onSaved={(kanaal) => {
            setBewerking(null);
            say(m.opgeslagen(kanaal.naam));
            void invalidate(keys.kanalen());
          }}
        />
      ) : (
        <p className="loket-beheer__nieuw">
          <Button appearance="secondary-action-button" onClick={() => (setNotice(undefined), setBewerking({ kanaal: null }))}>
            {m.nieuw}
          </Button>
        </p>
      )}
      <Panel title={m.lijst}>
        <QueryState query={lijst} what={m.wat}>
          {(results) =>
            results.length === 0 ? (
              <p className="loket-hint">{m.geen}</p>
            ) : (
              <ul className="loket-bronnen">
                {results.map((kanaal) => (
                  <KanaalKaart
                    key={kanaal.id}
                    kanaal={kanaal}
                    announce={announce}
                    onEdit={() => (setNotice(undefined), setBewerking({ kanaal }))}
                    onToggle={() => void schakel(kanaal)}
                  />
                ))}
              </ul>
            )
          }
        </QueryState>
      </Panel>
    </div>
  );
}
