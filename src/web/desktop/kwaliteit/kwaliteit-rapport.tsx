import { Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { href } from '../ui/route.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { CijferTabel } from './cijfer-tabel.tsx';
import { Kerncijfers } from './kerncijfers.tsx';
import { Panel } from '../ui/panel.tsx';
import { KwTabel } from './kw-tabel.tsx';
import { KwIcon } from './kwaliteit-icon.tsx';
import { kwaliteitQueries, type KwaliteitFilter, type KwaliteitRapport } from './kwaliteit-api.ts';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { isoWeek, locale, totaal } from './kwaliteit-logic.ts';

/** The report for the filter: key figures, the gesprekken with findings, and figures per agent, team and week. */
export function KwaliteitRapportView({ filter }: { filter: KwaliteitFilter }) {
  const rapport = useQuery(kwaliteitQueries.rapport(filter));
  return (
    <QueryState query={rapport} what="GET /api/analytics/kwaliteit">
      {(data) => <Rapport rapport={data} />}
    </QueryState>
  );
}

function Rapport({ rapport }: { rapport: KwaliteitRapport }) {
  const { t, lang } = useI18n();
  const k = useKwaliteitT();
  const alles = totaal(rapport.trend);
  const naam = (id: string | null) => rapport.medewerkers.find((m) => m.medewerkerId === id)?.naam ?? k.onbekend;
  const weekLabel = (week: string) => {
    const { jaar, week: nummer } = isoWeek(week);
    return k.week(
      jaar,
      nummer,
      new Date(`${week}T12:00:00Z`).toLocaleDateString(locale(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    );
  };

  return (
    <>
      <Panel id="kw-cijfers" title={k.cijfers.titel}>
        {alles.gesprekken === 0 ? <Paragraph className="loket-empty">{k.cijfers.geen}</Paragraph> : <Kerncijfers cijfers={alles} />}
      </Panel>
      <Panel id="kw-bevindingen" title={k.bevindingen.titel} intro={k.bevindingen.uitleg}>
        {rapport.gesprekken.length === 0 ? (
          <Paragraph className="loket-empty">{k.bevindingen.geen}</Paragraph>
        ) : (
          <KwTabel
            titel={k.bevindingen.titel}
            kop={k.kolom.gestart}
            rows={rapport.gesprekken}
            rowKey={(g) => g.gesprekId}
            label={(g) => (
              <a className="utrecht-link" href={href.kwaliteitGesprek(g.gesprekId)}>
                {k.bevindingen.link(t.kanaal[g.kanaal] ?? g.kanaal, t.tijd.datum(g.gestartOp))}
              </a>
            )}
            kolommen={[
              { kop: k.kolom.medewerker, waarde: (g) => naam(g.medewerkerId) },
              {
                kop: k.kolom.overtredingen,
                className: (g) => (g.overtredingen > 0 ? 'loket-kw-slecht' : undefined),
                waarde: (g) => (
                  <>
                    {g.overtredingen > 0 && <KwIcon name="waarschuwing" />} {g.overtredingen}
                  </>
                ),
              },
              { kop: k.kolom.stiltes, waarde: (g) => g.stiltes },
              { kop: k.kolom.zinnen, waarde: (g) => g.zinAlerts },
            ]}
          />
        )}
      </Panel>
      {alles.gesprekken > 0 && (
        <>
          <Panel id="kw-medewerkers" title={k.perMedewerker}>
            <CijferTabel
              titel={k.perMedewerker}
              kop={k.kolom.naam}
              rows={rapport.medewerkers}
              rowKey={(m) => m.medewerkerId ?? '-'}
              label={(m) => m.naam ?? k.onbekend}
            />
          </Panel>
          <Panel id="kw-teams" title={k.perTeam}>
            <CijferTabel titel={k.perTeam} kop={k.kolom.team} rows={rapport.teams} rowKey={(r) => r.teamId} label={(r) => r.naam} />
          </Panel>
          <Panel id="kw-trend" title={k.trend}>
            <CijferTabel titel={k.trend} kop={k.kolom.week} rows={rapport.trend} rowKey={(r) => r.week} label={(r) => weekLabel(r.week)} />
          </Panel>
        </>
      )}
    </>
  );
}
