import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { samen, useQuery } from '../../api/query.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { regelsQueries } from './regels-api.ts';
import { useRegelsT } from './regels-i18n.ts';

/** The latest events with what the rules did, and every kind of event with how many no rule handled. */
export function GebeurtenissenSectie({ datum }: { datum: (iso: string) => string }) {
  const m = useRegelsT();
  const query = samen(useQuery(regelsQueries.gebeurtenissen()), useQuery(regelsQueries.soorten()));
  const kop = (koppen: Record<string, string>) => (
    <TableHeader>
      <TableRow>
        {Object.values(koppen).map((k) => (
          <TableHeaderCell key={k} scope="col">
            {k}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );
  return (
    <section className="loket-panel" aria-labelledby="regels-gebeurtenissen-titel">
      <h2 id="regels-gebeurtenissen-titel" className="utrecht-heading-2">
        {m.gebeurtenissenTitel}
      </h2>
      <QueryState query={query} what={m.gebeurtenissenWat}>
        {([gebeurtenissen, soorten]) =>
          gebeurtenissen.length === 0 ? (
            <Paragraph>{m.gebeurtenissenGeen}</Paragraph>
          ) : (
            <>
              <div className="loket-beheer__tabel">
                <Table>
                  <TableCaption>{m.soortenTitel}</TableCaption>
                  {kop(m.soortenKolom)}
                  <TableBody>
                    {soorten.map((s) => (
                      <TableRow key={`${s.bron}|${s.soort}`}>
                        <TableHeaderCell scope="row">{s.soort}</TableHeaderCell>
                        <TableCell>{s.bron}</TableCell>
                        <TableCell>{s.aantal}</TableCell>
                        <TableCell>
                          {s.zonderRegel > 0 ? (
                            <span className="loket-badge loket-badge--uit">{`${s.zonderRegel} ${m.soortOnbekend}`}</span>
                          ) : (
                            0
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              <div className="loket-beheer__tabel">
                <Table>
                  <TableCaption>{m.gebeurtenissenTitel}</TableCaption>
                  {kop(m.gebeurtenisKolom)}
                  <TableBody>
                    {gebeurtenissen.map((g) => (
                      <TableRow key={g.id}>
                        <TableCell>{datum(g.ontvangenOp)}</TableCell>
                        <TableCell>{g.soort}</TableCell>
                        <TableCell>{g.laatsteFout ? `${g.status}: ${g.laatsteFout}` : g.status}</TableCell>
                        <TableCell>{g.regelsGeraakt ?? '—'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
