import { Alert, Button, ButtonLink, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { keys, useInvalidate, useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { href } from '../ui/route.ts';
import { useT } from '../i18n/i18n.tsx';
import { kennisbankApi, kennisbankQueries } from './kennisbank-api.ts';
import { useKennisbankT } from './kennisbank-i18n.ts';
import { KennisbankNav } from './kennisbank-nav.tsx';
import './kennisbank.css';

/** Questions the bot could not answer, grouped, each with the article closest to it; and retraining. */
export function CoachingPage({ announce }: { announce: (text: string) => void }) {
  const t = useT();
  const k = useKennisbankT();
  const coaching = useQuery(kennisbankQueries.coaching());
  const invalidate = useInvalidate();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();

  const retrain = async () => {
    setBusy(true);
    setResult(undefined);
    try {
      const r = await kennisbankApi.retrain();
      const text = k.coaching.hertraind(r.articles, r.examples);
      setResult({ ok: true, text });
      announce(text);
      void invalidate(keys.coaching());
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setResult({ ok: false, text: e instanceof ApiError && e.status === 403 ? k.editor.geweigerd(message) : t.app.fout(message) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="loket-kennisbank">
      <KennisbankNav current="coachen" />
      <div className="loket-kb-head">
        <PageHeading>{k.coaching.titel}</PageHeading>
        <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void retrain()}>
          {k.coaching.hertrainen}
        </Button>
      </div>
      <Paragraph>{k.coaching.intro}</Paragraph>
      {result &&
        (result.ok ? (
          <Alert type="ok" role="none" /* read out once by the shell announcer instead */>
            <Paragraph>{result.text}</Paragraph>
          </Alert>
        ) : (
          <Alert type="error">
            <Paragraph className="loket-error">{result.text}</Paragraph>
          </Alert>
        ))}
      <QueryState query={coaching} what="GET /api/bot/coaching">
        {({ clusters }) =>
          clusters.length === 0 ? (
            <Paragraph className="loket-empty">{k.coaching.geen}</Paragraph>
          ) : (
            <ol className="loket-kb-clusters">
              {clusters.map((c, i) => {
                const first = c.questions[0]?.text ?? '';
                return (
                  <li key={c.questions[0]?.id ?? i} className="loket-kb-cluster">
                    <h2 className="utrecht-heading-2">
                      „{first}” <span className="loket-hint">({k.coaching.cluster(c.size)})</span>
                    </h2>
                    <ul aria-label={k.coaching.vragen}>
                      {c.questions.slice(0, 5).map((q) => (
                        <li key={q.id}>
                          {q.text}{' '}
                          <span className="loket-hint">
                            — {k.coaching.reden[q.reason] ?? q.reason}, {t.tijd.datum(q.askedAt)}
                          </span>
                        </li>
                      ))}
                    </ul>
                    {c.closestArticle ? (
                      <p>
                        {k.coaching.dichtstbij}: <strong>{c.closestArticle.title}</strong>{' '}
                        <span className="loket-hint">({k.coaching.zekerheid(Math.round(c.closestArticle.confidence * 100))})</span>{' '}
                        <ButtonLink appearance="secondary-action-button" href={href.kennisbankArtikel(c.closestArticle.articleId)}>
                          {k.coaching.openArtikel(c.closestArticle.title)}
                        </ButtonLink>
                      </p>
                    ) : (
                      <p>
                        {k.coaching.geenArtikel}{' '}
                        <ButtonLink appearance="secondary-action-button" href={href.kennisbankNieuw}>
                          {k.coaching.nieuwArtikel}
                        </ButtonLink>
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          )
        }
      </QueryState>
    </div>
  );
}
