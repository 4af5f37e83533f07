import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { keys, useInvalidate, useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { Panel } from '../ui/panel.tsx';
import { useT } from '../i18n/i18n.tsx';
import { OntbrekendMelding } from './ontbrekend-melding.tsx';
import { ZaakKaart } from './zaak-kaart.tsx';
import { zakenApi, zakenQueries, type Zaak, type Zaken } from './zaken-api.ts';
import { useZakenT } from './zaken-i18n.ts';
import { isGekoppeld, sorteerZaken, zaakKey } from './zaken-logic.ts';
import './zaken.css';

/** In a gesprek: the klantcontact to link cases to, and the cases its timeline item already has. */
export interface ZakenInGesprek {
  id: string;
  klantcontactId: string | null;
  gekoppeld: readonly string[];
  onLinked: () => void;
}

/**
 * The partij's cases, loaded on their own so a slow zaaksysteem never holds up the rest of the
 * screen. In a gesprek the agent can link a case to the klantcontact (it then shows on the timeline).
 */
export function ZakenPanel({
  partijId,
  gesprek,
  announce,
}: {
  partijId: string;
  gesprek?: ZakenInGesprek;
  announce?: (text: string) => void;
}) {
  const z = useZakenT();
  const t = useT();
  const opvraging = useQuery(zakenQueries.zaken(partijId, gesprek?.id));
  const invalidate = useInvalidate();
  const [gekoppeld, setGekoppeld] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<string>();
  const [fout, setFout] = useState<string>();

  const koppel = async (zaak: Zaak) => {
    if (!gesprek?.klantcontactId) return;
    setBusy(zaakKey(zaak));
    setFout(undefined);
    try {
      await zakenApi.koppel(gesprek.klantcontactId, zaak);
      setGekoppeld((s) => new Set(s).add(zaakKey(zaak)));
      // The case now shows on the partij's timeline.
      void invalidate(keys.partijTijdlijn(partijId));
      announce?.(z.gekoppeldMelding(zaak.identificatie));
      gesprek.onLinked();
    } catch (e) {
      setFout(t.app.fout(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(undefined);
    }
  };

  const lijst = ({ zaken, ontbrekend }: Zaken) => (
    <>
      {ontbrekend.length > 0 && <OntbrekendMelding ontbrekend={ontbrekend} onRetry={() => void opvraging.refetch()} />}
      <p role="status" className="loket-hint">
        {ontbrekend.length > 0 && zaken.length === 0 ? '' : z.aantal(zaken.length)}
      </p>
      {gesprek && !gesprek.klantcontactId && zaken.length > 0 && <p className="loket-hint">{z.geenContact}</p>}
      {fout && (
        <p role="alert" className="loket-error">
          {fout}
        </p>
      )}
      <div className="loket-zaken">
        {sorteerZaken(zaken).map((zaak) => (
          <ZaakKaart
            key={zaakKey(zaak)}
            zaak={zaak}
            partijId={partijId}
            gesprekId={gesprek?.id}
            koppel={
              gesprek?.klantcontactId
                ? {
                    gekoppeld: gekoppeld.has(zaakKey(zaak)) || isGekoppeld(zaak, gesprek.gekoppeld),
                    busy: busy === zaakKey(zaak),
                    onKoppel: () => void koppel(zaak),
                  }
                : undefined
            }
          />
        ))}
      </div>
    </>
  );

  return (
    <Panel id={gesprek ? 'gesprek-zaken-titel' : 'zaken-titel'} title={z.titel} intro={z.intro}>
      {opvraging.status === 'pending' ? (
        <p role="status" className="loket-hint">
          {z.laden}
        </p>
      ) : (
        <QueryState query={opvraging} what={z.wat}>
          {(data) =>
            'geen' in data ? (
              <Alert type="info">
                <Paragraph>{data.geen === 'bron' ? z.geenBron : data.geen === 'verificatie' ? z.geenVerificatie : z.geenToegang}</Paragraph>
              </Alert>
            ) : (
              lijst(data)
            )
          }
        </QueryState>
      )}
    </Panel>
  );
}
