import { useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { zakenQueries } from './zaken-api.ts';
import { useZakenT } from './zaken-i18n.ts';
import { machineDatum } from '../i18n/datum.ts';
import { historieNieuwsteEerst } from './zaken-logic.ts';

/** A case's earlier statuses, fetched when the agent opens them (one Zaken API call per case). */
export function ZaakHistorie({ partijId, gesprekId, zaakUrl }: { partijId: string; gesprekId?: string; zaakUrl: string }) {
  const z = useZakenT();
  const historie = useQuery(zakenQueries.historie(partijId, zaakUrl, gesprekId));
  if (historie.status === 'pending')
    return (
      <p role="status" className="loket-hint">
        {z.historie.laden}
      </p>
    );
  return (
    <QueryState query={historie} what={z.historie.wat}>
      {({ statussen }) =>
        statussen.length === 0 ? (
          <p className="loket-hint">{z.historie.geen}</p>
        ) : (
          <ol className="loket-timeline loket-zaak__historie">
            {historieNieuwsteEerst(statussen).map((s, i) => (
              <li key={`${s.datumStatusGezet ?? ''}-${i}`} className="loket-timeline__item">
                {s.datumStatusGezet && (
                  <span className="loket-timeline__when">
                    <time dateTime={machineDatum(s.datumStatusGezet)}>{z.datum(s.datumStatusGezet)}</time>
                  </span>
                )}
                <span className="loket-timeline__title">{s.omschrijving}</span>
                {s.toelichting && <span className="loket-timeline__summary">{s.toelichting}</span>}
              </li>
            ))}
          </ol>
        )
      }
    </QueryState>
  );
}
