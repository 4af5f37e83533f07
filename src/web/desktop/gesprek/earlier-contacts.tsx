import type { EarlierContact } from '../partij/tijdlijn-logic.ts';
import { useT } from '../i18n/i18n.tsx';
import { TijdlijnZaken } from '../zaken/tijdlijn-zaken.tsx';

/** Earlier contacts of the partij, collapsed above the messages; the same verzoek is marked. */
export function EarlierContacts({ items }: { items: EarlierContact[] }) {
  const t = useT();
  return (
    <details className="loket-earlier">
      <summary>{t.gesprek.eerder(items.length)}</summary>
      {items.length === 0 ? (
        <p className="loket-hint">{t.gesprek.geenEerder}</p>
      ) : (
        <ol className="loket-timeline">
          {items.map((i) => (
            <li key={`${i.soort}-${i.id}`} className={`loket-timeline__item${i.zelfdeVerzoek ? ' loket-timeline__item--zelfde' : ''}`}>
              <span className="loket-timeline__when">
                <time dateTime={i.tijdstip}>{t.tijd.datum(i.tijdstip)}</time>
                {i.kanaal && ` · ${t.kanaal[i.kanaal] ?? i.kanaal}`}
                {i.zelfdeVerzoek && <span className="loket-badge">{t.gesprek.zelfdeVerzoek}</span>}
              </span>
              <span className="loket-timeline__title">{i.titel}</span>
              {i.samenvatting && <span className="loket-timeline__summary">{i.samenvatting}</span>}
              <TijdlijnZaken zaken={i.zaken} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
