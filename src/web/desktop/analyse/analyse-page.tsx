import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { keys, queryOptions, useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { analyseApi, viewUrl, type Period, type WijkenGeoJson } from './analyse-api.ts';
import { useAnalyseT } from './analyse-i18n.ts';
import { categoriesOf, humanize, latestWeekWithData, type Names } from './analyse-logic.ts';
import { AnalyseSection } from './analyse-section.tsx';
import { ContentGapsTable } from './content-gaps-table.tsx';
import { HotspotList } from './hotspot-list.tsx';
import { PeriodFilter, type Selection } from './period-filter.tsx';
import { defaultPeriod, searchWindow } from './period-logic.ts';
import { RepeatsTable } from './repeats-table.tsx';
import { VolumesView } from './volumes-view.tsx';
import { WijkenMap } from './wijken-map.tsx';
import './analyse.css';

interface Start {
  period: Period;
  categories: string[];
  geojson: WijkenGeoJson;
  names: Names;
}

/** What the dashboard opens with: the latest weeks that have data, the topics seen, the map, the article titles. */
async function loadStart(): Promise<Start> {
  const today = new Date().toISOString().slice(0, 10);
  const [history, geojson, articles] = await Promise.all([
    analyseApi.volumes(searchWindow(today)),
    analyseApi.wijkenGeoJson(),
    // Titles only make the hotspots easier to read; ids will do when the kennisbank does not answer.
    analyseApi.articles().catch(() => []),
  ]);
  const wijken = new Map(geojson.features.map((f) => [f.properties.code, f.properties.naam]));
  const titles = new Map(articles.map((article) => [article.id, article.title]));
  return {
    period: defaultPeriod(latestWeekWithData(history), today),
    categories: categoriesOf(history),
    geojson,
    names: { wijk: (code) => wijken.get(code) ?? code, article: (id) => titles.get(id) ?? humanize(id) },
  };
}

/** The figures of one view for a period (and topic), one query each so each section loads on its own. */
const view = <T,>(name: string, period: Period, load: (period: Period) => Promise<T>, ...extra: string[]) =>
  queryOptions({ queryKey: keys.analyse(name, period, ...extra), queryFn: () => load(period) });

/** Contact analytics for team leads: the map of wijken, hotspots, volumes, repeat contacts and content gaps. */
export function AnalysePage({ announce }: { announce: (text: string) => void }) {
  const a = useAnalyseT();
  const start = useQuery({ queryKey: keys.analyse('start'), queryFn: loadStart });
  return (
    <div className="loket-analyse">
      <PageHeading>{a.titel}</PageHeading>
      <Paragraph className="loket-an-intro">{a.intro}</Paragraph>
      <QueryState query={start} what="GET /api/analytics/volumes">
        {(data) => <Dashboard start={data} announce={announce} />}
      </QueryState>
    </div>
  );
}

function Dashboard({ start, announce }: { start: Start; announce: (text: string) => void }) {
  const a = useAnalyseT();
  const [selection, setSelection] = useState<Selection>({ ...start.period, category: '' });
  const { from, to, category } = selection;
  const period = useMemo(() => ({ from, to }), [from, to]);
  const rates = useQuery(view('wijken', period, (p) => analyseApi.wijken(p, category), category));
  const hotspots = useQuery(view('hotspots', period, analyseApi.hotspots));
  const volumes = useQuery(view('volumes', period, analyseApi.volumes));
  const repeats = useQuery(view('herhaalcontacten', period, analyseApi.repeats));
  const gaps = useQuery(view('inhoudsgaten', period, analyseApi.contentGaps));
  const topic = category ? humanize(category) : a.filter.alle.toLowerCase();

  // Said once the map has its new figures, not when the button is pressed.
  const pending = useRef(false);
  const { isFetching, status } = rates;
  useEffect(() => {
    if (!pending.current || isFetching) return;
    pending.current = false;
    if (status === 'success') announce(a.filter.bijgewerkt(a.datum(from), a.datum(to), topic));
  }, [isFetching, status, announce, a, from, to, topic]);
  const apply = (next: Selection) => {
    if (next.from === from && next.to === to && next.category === category) {
      announce(a.filter.bijgewerkt(a.datum(from), a.datum(to), topic));
      return;
    }
    pending.current = true;
    setSelection(next);
  };

  return (
    <>
      <PeriodFilter selection={selection} categories={start.categories} onApply={apply} />
      <AnalyseSection title={a.kaart.titel} intro={a.kaart.uitleg} csv={viewUrl('wijken', period, { category, format: 'csv' })}>
        <QueryState query={rates} what="GET /api/analytics/wijken">
          {(rows) => <WijkenMap geojson={start.geojson} rates={rows} topic={topic} />}
        </QueryState>
      </AnalyseSection>
      <AnalyseSection title={a.hotspots.titel} intro={a.hotspots.uitleg} csv={viewUrl('dashboard/hotspots', period, { format: 'csv' })}>
        <QueryState query={hotspots} what="GET /api/analytics/dashboard/hotspots">
          {(rows) => <HotspotList hotspots={rows} category={category} names={start.names} />}
        </QueryState>
      </AnalyseSection>
      <AnalyseSection title={a.volumes.titel} csv={viewUrl('volumes', period, { format: 'csv' })}>
        <QueryState query={volumes} what="GET /api/analytics/volumes">
          {(rows) => <VolumesView rows={rows} category={category} />}
        </QueryState>
      </AnalyseSection>
      <AnalyseSection title={a.herhaal.titel} intro={a.herhaal.uitleg} csv={viewUrl('herhaalcontacten', period, { format: 'csv' })}>
        <QueryState query={repeats} what="GET /api/analytics/herhaalcontacten">
          {(rows) => <RepeatsTable rows={rows} category={category} />}
        </QueryState>
      </AnalyseSection>
      <AnalyseSection title={a.gaten.titel} intro={a.gaten.uitleg} csv={viewUrl('inhoudsgaten', period, { format: 'csv' })}>
        <QueryState query={gaps} what="GET /api/analytics/inhoudsgaten">
          {(pages) => <ContentGapsTable pages={pages} names={start.names} />}
        </QueryState>
      </AnalyseSection>
    </>
  );
}
