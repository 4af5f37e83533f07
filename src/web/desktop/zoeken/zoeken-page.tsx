import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { keys, useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { Panel } from '../ui/panel.tsx';
import { href } from '../ui/route.ts';
import { datumVoluit, machineDatum } from '../i18n/datum.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { zoek, type ZoekResultaat } from './zoeken-api.ts';
import { useZoekenT } from './zoeken-i18n.ts';
import './zoeken.css';

/** Search results (#/zoeken?q=…) and the closed conversations (#/zoeken?status=afgehandeld). */
export function ZoekenPage({ q, status, announce }: { q: string; status: string; announce: (text: string) => void }) {
  const z = useZoekenT();
  const vraag = q.trim();
  const resultaat = useQuery({
    queryKey: keys.zoeken(vraag, status),
    queryFn: (): Promise<ZoekResultaat | null> => (vraag || status ? zoek(vraag, status) : Promise.resolve(null)),
  });
  const titel = vraag ? z.titelVoor(vraag) : status === 'afgehandeld' ? z.afgehandeld : z.titel;
  // Announced once per search that ends (not for the cached result shown meanwhile), and not
  // again on a language switch.
  const gemeld = useRef(0);
  const { data, dataUpdatedAt, isFetching } = resultaat;
  useEffect(() => {
    if (!data || isFetching || gemeld.current === dataUpdatedAt) return;
    gemeld.current = dataUpdatedAt;
    announce(z.aangekondigd(data.gesprekken.length));
  }, [data, dataUpdatedAt, isFetching, announce, z]);

  return (
    <div className="loket-zoeken">
      <PageHeading focusKey={`${vraag}|${status}`}>{titel}</PageHeading>
      <p className="loket-hint">{z.intro}</p>
      <nav aria-label={z.filter} className="loket-zoeken__filter">
        <a href={href.zoeken({ q: vraag })} aria-current={status === '' ? 'page' : undefined}>
          {z.alle}
        </a>
        <a href={href.zoeken({ q: vraag, status: 'afgehandeld' })} aria-current={status === 'afgehandeld' ? 'page' : undefined}>
          {vraag ? z.alleenAfgehandeld : z.afgehandeld}
        </a>
      </nav>
      <QueryState query={resultaat} what="GET /api/zoeken">
        {(data) => data && <Resultaten data={data} />}
      </QueryState>
    </div>
  );
}

function Resultaten({ data }: { data: ZoekResultaat }) {
  const { t, lang } = useI18n();
  const z = useZoekenT();
  return (
    <>
      <Panel title={z.gesprekken(data.gesprekken.length)}>
        {data.gesprekken.length === 0 ? (
          <Paragraph className="loket-empty">{z.geenGesprekken}</Paragraph>
        ) : (
          <ol className="loket-zoeken__lijst">
            {data.gesprekken.map((g) => (
              <li key={g.id}>
                <a href={href.gesprek(g.id)}>{g.onderwerp ?? t.gesprek.titel(t.kanaal[g.kanaal] ?? g.kanaal)}</a>
                <span className="loket-zoeken__meta">
                  <span className={`loket-channel loket-channel--${g.kanaal}`}>{t.kanaal[g.kanaal] ?? g.kanaal}</span>
                  <span className={`loket-status loket-status--${g.status}`}>{t.status[g.status] ?? g.status}</span>
                  {g.laatsteBerichtOp && (
                    <time dateTime={machineDatum(g.laatsteBerichtOp)}>
                      {z.laatste(datumVoluit(g.laatsteBerichtOp, lang === 'en' ? 'en-GB' : 'nl-NL'))}
                    </time>
                  )}
                </span>
                {g.fragment && <p className="loket-zoeken__fragment">…{g.fragment}…</p>}
              </li>
            ))}
          </ol>
        )}
      </Panel>
      {data.partijen && (
        <Panel title={z.inwoners(data.partijen.length)}>
          {data.partijen.length === 0 ? (
            <Paragraph className="loket-empty">{z.geenInwoners}</Paragraph>
          ) : (
            <ul className="loket-zoeken__lijst">
              {data.partijen.map((p) => (
                <li key={p.id}>
                  <a href={href.partij(p.id)}>{p.volledigeNaam}</a>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      )}
    </>
  );
}
