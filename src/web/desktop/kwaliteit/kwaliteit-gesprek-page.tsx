import { Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { keys, useInvalidate, useQuery } from '../api/query.ts';
import { useCollegas } from '../api/use-collegas.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { href } from '../ui/route.ts';
import { useT } from '../i18n/i18n.tsx';
import { kwaliteitApi, kwaliteitQueries, type KwaliteitGesprek } from './kwaliteit-api.ts';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { KwIcon } from './kwaliteit-icon.tsx';
import { Panel } from '../ui/panel.tsx';
import { tijdcode } from './transcript-logic.ts';
import { TranscriptView } from './transcript-view.tsx';
import './kwaliteit.css';

/** The drill-down for one gesprek: summary, the transcript with its spots marked, and "analyse again". */
export function KwaliteitGesprekPage({ id }: { id: string }) {
  const t = useT();
  const k = useKwaliteitT();
  const opvraging = useQuery(kwaliteitQueries.gesprek(id));
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  const analyse = async () => {
    if (busy) return;
    setBusy(true);
    setResult(undefined);
    try {
      const a = await kwaliteitApi.analyseer(id);
      setResult({ ok: true, text: k.gesprek.opnieuwGedaan(a.overtredingen, a.stiltes, a.zinAlerts) });
      // The findings of this gesprek and the report's figures change with the new analysis.
      void invalidate(keys.kwaliteit());
    } catch (e) {
      setResult({ ok: false, text: t.app.fout(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  const analyseButton = (label: string) => (
    <Button appearance="secondary-action-button" busy={busy} onClick={() => void analyse()}>
      {label}
    </Button>
  );

  return (
    <div className="loket-kwaliteit">
      <p className="loket-back">
        <a className="utrecht-link" href={href.kwaliteit}>
          ← {k.gesprek.terug}
        </a>
      </p>
      <PageHeading>{k.gesprekTitel}</PageHeading>
      {/* Polite, in the page: the shell hands this screen no announcer. */}
      <div role="status" className="loket-kw-status">
        {result?.ok && <Paragraph>{result.text}</Paragraph>}
      </div>
      {result && !result.ok && (
        <Alert type="error">
          <Paragraph className="loket-error">{result.text}</Paragraph>
        </Alert>
      )}
      <QueryState query={opvraging} what={`GET /api/analytics/kwaliteit/gesprekken/${id}`}>
        {(gesprek) =>
          gesprek === null ? (
            <section className="loket-panel">
              <Paragraph>{k.gesprek.nogNiet}</Paragraph>
              {analyseButton(k.gesprek.nuAnalyseren)}
            </section>
          ) : (
            <>
              <Samenvatting gesprek={gesprek} action={analyseButton(k.gesprek.opnieuw)} />
              <Panel id="kw-transcript" title={k.gesprek.transcript}>
                <TranscriptView segmenten={gesprek.segmenten} />
              </Panel>
            </>
          )
        }
      </QueryState>
    </div>
  );
}

function Samenvatting({ gesprek, action }: { gesprek: KwaliteitGesprek; action: ReactNode }) {
  const t = useT();
  const k = useKwaliteitT();
  const collegas = useCollegas();
  const medewerker = collegas?.results.find((c) => c.medewerkerId === gesprek.medewerkerId)?.naam ?? k.onbekend;
  const verified = gesprek.geverifieerdBijSegment;
  const moment = verified === null ? undefined : gesprek.segmenten[verified];
  return (
    <Panel id="kw-samenvatting" title={k.gesprek.samenvatting} actions={action}>
      <DataList className="loket-kw-summary">
        <DataListItem>
          <DataListKey>{k.gesprek.kanaal}</DataListKey>
          <DataListValue>{t.kanaal[gesprek.kanaal] ?? gesprek.kanaal}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{k.gesprek.medewerker}</DataListKey>
          <DataListValue>{medewerker}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{k.gesprek.verificatie}</DataListKey>
          <DataListValue>
            <span data-testid="kw-verificatie">
              {verified === null ? k.gesprek.nietGeverifieerd : k.gesprek.geverifieerdBij(verified + 1, tijdcode(moment?.start ?? 0))}
            </span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{k.gesprek.overtredingen}</DataListKey>
          <DataListValue className={gesprek.overtredingen > 0 ? 'loket-kw-slecht' : undefined}>
            <span data-testid="kw-overtredingen">
              {gesprek.overtredingen > 0 && (
                <>
                  <KwIcon name="waarschuwing" />{' '}
                </>
              )}
              {gesprek.overtredingen}
            </span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{k.gesprek.stiltes}</DataListKey>
          <DataListValue>{gesprek.stiltes}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{k.gesprek.zinnen}</DataListKey>
          <DataListValue>{gesprek.zinAlerts}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{k.gesprek.geanalyseerd}</DataListKey>
          <DataListValue>{t.tijd.datum(gesprek.geanalyseerdOp)}</DataListValue>
        </DataListItem>
      </DataList>
      <p className="loket-hint">{k.gesprek.gelogd}</p>
    </Panel>
  );
}
