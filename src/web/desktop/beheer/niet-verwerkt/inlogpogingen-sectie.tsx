import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery } from '../../api/query.ts';
import { momentKort } from '../../i18n/datum.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Panel } from '../../ui/panel.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { nietVerwerktQueries } from './niet-verwerkt-api.ts';
import { useNietVerwerktT } from './niet-verwerkt-i18n.ts';

/** Login attempts and who must wait now, read-only, so a beheerder sees a guessing attack. */
export function InlogpogingenSectie() {
  const m = useNietVerwerktT().inlog;
  const { lang } = useI18n();
  const moment = (iso: string) => momentKort(iso, lang === 'en' ? 'en-GB' : 'nl-NL');
  const pogingen = useQuery(nietVerwerktQueries.inlogpogingen());
  return (
    <Panel title={m.titel} intro={m.intro}>
      <QueryState query={pogingen} what={m.wat}>
        {({ geremd, pogingen: rijen }) => {
          const wachtend = [...geremd.accounts, ...geremd.adressen];
          return (
            <>
              <h3 className="utrecht-heading-3">{m.geremd}</h3>
              {wachtend.length === 0 ? (
                <p className="loket-hint">{m.niemandGeremd}</p>
              ) : (
                <ul>
                  {wachtend.map((g) => (
                    <li key={g.sleutel}>{m.geremdRegel(g.sleutel, g.pogingen, moment(g.wachtTot))}</li>
                  ))}
                </ul>
              )}
              {rijen.length === 0 ? (
                <p className="loket-hint">{m.geen}</p>
              ) : (
                <div className="loket-formulieren__tabel">
                  <Table>
                    <TableCaption>{m.pogingen}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{m.kolom.tijdstip}</TableHeaderCell>
                        <TableHeaderCell scope="col">{m.kolom.gebruikersnaam}</TableHeaderCell>
                        <TableHeaderCell scope="col">{m.kolom.adres}</TableHeaderCell>
                        <TableHeaderCell scope="col">{m.kolom.uitkomst}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {rijen.map((r, i) => (
                        <TableRow key={`${r.tijdstip}-${i}`}>
                          <TableCell>{moment(r.tijdstip)}</TableCell>
                          <TableCell>{r.gebruikersnaam}</TableCell>
                          <TableCell>{r.adres}</TableCell>
                          <TableCell>{m.uitkomst[r.uitkomst] ?? r.uitkomst}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </>
          );
        }}
      </QueryState>
    </Panel>
  );
}
