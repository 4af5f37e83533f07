import { Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { formatDuration, useI18n } from '../i18n/i18n.tsx';
import { kwaliteitQueries, type Kennishiaten } from './kwaliteit-api.ts';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { Panel } from '../ui/panel.tsx';
import { KwTabel } from './kw-tabel.tsx';
import { seconden } from './transcript-logic.ts';

type Hiaat = Kennishiaten['onderwerpen'][number] | Kennishiaten['artikelen'][number];
type Rij = { key: string; label: string; hiaat: Hiaat };

/** Knowledge gaps in the period: topics and articles with the most and longest silences. */
export function KennishiatenPanel({ van, tot }: { van: string | undefined; tot: string | undefined }) {
  const k = useKwaliteitT();
  const hiaten = useQuery(kwaliteitQueries.kennishiaten(van, tot));
  return (
    <Panel id="kw-hiaten" title={k.hiaten.titel} intro={k.hiaten.uitleg}>
      <QueryState query={hiaten} what="GET /api/analytics/kennishiaten">
        {({ onderwerpen, artikelen }) =>
          onderwerpen.length === 0 ? (
            <Paragraph className="loket-empty">{k.hiaten.geen}</Paragraph>
          ) : (
            <>
              <HiatenTabel
                titel={k.hiaten.onderwerpen}
                kop={k.hiaten.onderwerp}
                rows={onderwerpen.map((o) => ({ key: o.onderwerp, label: o.onderwerp, hiaat: o }))}
              />
              <HiatenTabel
                titel={k.hiaten.artikelen}
                kop={k.hiaten.artikel}
                rows={artikelen.map((a) => ({
                  key: a.artikelId ?? '-',
                  label: a.artikelId ? (a.titel ?? a.artikelId) : k.hiaten.geenArtikel,
                  hiaat: a,
                }))}
              />
            </>
          )
        }
      </QueryState>
    </Panel>
  );
}

function HiatenTabel({ titel, kop, rows }: { titel: string; kop: string; rows: Rij[] }) {
  const { t, lang } = useI18n();
  const k = useKwaliteitT();
  // A silence lasts seconds, a gap adds up to minutes.
  const duur = (s: number) => (s < 60 ? `${seconden(s, lang)} s` : formatDuration(t, Math.round(s)));
  return (
    <KwTabel
      titel={titel}
      zichtbaar
      kop={kop}
      rows={rows}
      rowKey={(r) => r.key}
      label={(r) => r.label}
      kolommen={[
        { kop: k.hiaten.stiltes, waarde: (r) => r.hiaat.stiltes },
        { kop: k.hiaten.gesprekken, waarde: (r) => r.hiaat.gesprekken },
        { kop: k.hiaten.gemiddeld, waarde: (r) => duur(r.hiaat.gemiddeldeSeconden) },
        { kop: k.hiaten.langste, waarde: (r) => duur(r.hiaat.langsteSeconden) },
        { kop: k.hiaten.totaal, waarde: (r) => duur(r.hiaat.totaalSeconden) },
      ]}
    />
  );
}
