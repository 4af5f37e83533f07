import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { keys, useInvalidate, useQuery, useQueryClient } from '../api/query.ts';
import type { Medewerker } from '../api/types.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { Panel } from '../ui/panel.tsx';
import { href } from '../ui/route.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { DoorsturenActie, TekstActie } from './taak-acties.tsx';
import { werklijstApi, werklijstQueries, type TaakDetail } from './werklijst-api.ts';
import { useWerklijstT } from './werklijst-i18n.ts';
import { isVanMij, termijnInWoorden } from './werklijst-logic.ts';
import './werklijst.css';

/** #/werklijst/<id>: one task, its notes, the link to the citizen, and what can be done with it. */
export function TaakPage({ id, me, announce }: { id: string; me: Medewerker; announce: (text: string) => void }) {
  const w = useWerklijstT();
  const { t, lang } = useI18n();
  const taakQuery = useQuery(werklijstQueries.taak(id));
  const client = useQueryClient();
  const invalidate = useInvalidate();
  const [fout, setFout] = useState<string>();
  const klantcontactId = taakQuery.data?.klantcontactId;
  const partijId = useQuery({ ...werklijstQueries.partijVan(klantcontactId ?? ''), enabled: Boolean(klantcontactId) }).data;

  const doe = async (actie: () => Promise<TaakDetail>, melding: string) => {
    setFout(undefined);
    try {
      const taak = await actie();
      // The answer is the task as it is now; the lists and the figures per afdeling are stale.
      client.setQueryData(keys.taak(id), taak);
      void invalidate(keys.takenLijsten(), keys.coordinatie());
      announce(melding);
      return true;
    } catch (e) {
      setFout(t.app.fout(e instanceof Error ? e.message : String(e)));
      return false;
    }
  };
  const wanneer = (iso: string) => termijnInWoorden(iso, new Date(), lang, w.dag);

  return (
    <div className="loket-werklijst">
      <a href={href.werklijst}>{w.terug}</a>
      <QueryState query={taakQuery} what={w.wat}>
        {(taak) => (
          <>
            <PageHeading>{taak.gevraagdeHandeling}</PageHeading>
            <p className="loket-taak__kop">
              <span>{w.taakTitel(taak.nummer)}</span>
              {taak.teLaat && <span className="loket-badge loket-badge--te-laat">{w.teLaat}</span>}
              {taak.status === 'verwerkt' && <span className="loket-badge">{w.afgehandeld}</span>}
              <span>{w.uiterlijk(wanneer(taak.deadline))}</span>
              <span className="loket-hint">{w.toegewezenAan(taak.actoren.map((a) => a.naam).join(', '))}</span>
            </p>
            {fout && (
              <Alert type="error">
                <Paragraph>{fout}</Paragraph>
              </Alert>
            )}
            <Panel title={w.toelichting}>
              <Paragraph>{taak.toelichting ?? w.geenToelichting}</Paragraph>
              {partijId && <a href={href.partij(partijId)}>{w.inwoner}</a>}
            </Panel>
            <Panel title={w.notities}>
              {taak.notities.length === 0 ? (
                <Paragraph>{w.geenNotities}</Paragraph>
              ) : (
                <ol className="loket-notities">
                  {taak.notities.map((n) => (
                    <li key={n.id}>
                      <strong>{w.soort[n.soort]}</strong>
                      {n.tekst && ` ${n.tekst}`}
                      <span className="loket-hint"> — {w.door(n.door, wanneer(n.aangemaaktOp))}</span>
                    </li>
                  ))}
                </ol>
              )}
            </Panel>
            {taak.status === 'te_verwerken' ? (
              <div className="loket-taak-acties">
                {!isVanMij(taak, me.actorId) && (
                  <Button appearance="primary-action-button" onClick={() => void doe(() => werklijstApi.claimen(id), w.opgepakt)}>
                    {w.oppakken}
                  </Button>
                )}
                <TekstActie
                  id="taak-notitie"
                  label={w.notitie}
                  knop={w.notitieToevoegen}
                  multiline
                  onSubmit={(tekst) => doe(() => werklijstApi.notitie(id, tekst), w.notitieToegevoegd)}
                />
                <DoorsturenActie
                  onSubmit={(actorId, reden) => doe(() => werklijstApi.doorsturen(id, actorId, reden || undefined), w.doorgestuurd)}
                />
                <TekstActie
                  id="taak-antwoord"
                  label={w.antwoord}
                  knop={w.afsluiten}
                  multiline
                  onSubmit={(tekst) => doe(() => werklijstApi.afsluiten(id, tekst), w.afgesloten)}
                />
              </div>
            ) : (
              <Button appearance="secondary-action-button" onClick={() => void doe(() => werklijstApi.heropenen(id), w.heropend)}>
                {w.heropenen}
              </Button>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
