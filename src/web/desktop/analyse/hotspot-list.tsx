import type { Hotspot } from './analyse-api.ts';
import { useAnalyseT } from './analyse-i18n.ts';
import { groupHotspots, humanize, ratio, type HotspotGroup, type Names } from './analyse-logic.ts';
import { HotspotActies } from './hotspot-acties.tsx';
import { Sparkline } from './sparkline.tsx';

/** The hotspots, one entry per wijk and topic, strongest first, each with its weekly sparkline. */
export function HotspotList({ hotspots, category, names }: { hotspots: Hotspot[]; category: string; names: Names }) {
  const a = useAnalyseT();
  const groups = groupHotspots(category ? hotspots.filter((h) => h.category === category) : hotspots);
  if (groups.length === 0) return <p className="loket-empty">{a.hotspots.geen}</p>;
  return (
    <ol className="loket-an-hotspots">
      {groups.map((g) => (
        <HotspotItem key={g.key} group={g} names={names} />
      ))}
    </ol>
  );
}

function HotspotItem({ group, names }: { group: HotspotGroup; names: Names }) {
  const a = useAnalyseT();
  const wijk = `${names.wijk(group.wijk)} (${group.wijk})`;
  const topic = `${group.articleId ? names.article(group.articleId) : a.hotspots.verspreid} (${humanize(group.category)})`;
  const marked = new Set(group.weeks.map((w) => w.weekStart));
  const series = group.series.map((p) => a.hotspots.reeksWeek(a.week(p.weekStart), p.count, marked.has(p.weekStart))).join(', ');
  return (
    <li className="loket-an-hotspot">
      <h3 className="utrecht-heading-3">
        {wijk}: {topic}
      </h3>
      <Sparkline series={group.series} marked={marked} label={a.hotspots.reeks(topic, wijk, series)} />
      <table className="loket-an-hotspot__weeks">
        <thead>
          <tr>
            <th scope="col">{a.hotspots.weken}</th>
            <th scope="col">{a.hotspots.aantal}</th>
            <th scope="col">{a.hotspots.score}</th>
          </tr>
        </thead>
        <tbody>
          {group.weeks.map((w) => {
            const times = ratio(w.observed, w.expected);
            return (
              <tr key={w.weekStart}>
                <th scope="row">{a.week(w.weekStart)}</th>
                <td>{a.hotspots.aantalWaarde(w.observed, a.getal(w.expected), times === null ? null : a.getal(times))}</td>
                <td>{a.getal(w.score)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {group.voorbeelden.length > 0 && (
        <>
          <p className="loket-an-hotspot__voorbeelden-titel">{a.hotspots.voorbeelden}</p>
          <ul className="loket-an-hotspot__voorbeelden">
            {group.voorbeelden.map((tekst) => (
              <li key={tekst}>{tekst}</li>
            ))}
          </ul>
        </>
      )}
      <HotspotActies
        cel={{ wijk: group.wijk, category: group.category, articleId: group.articleId, weekStart: group.weeks.at(-1)!.weekStart }}
        naam={{ onderwerp: topic, wijk }}
      />
    </li>
  );
}
