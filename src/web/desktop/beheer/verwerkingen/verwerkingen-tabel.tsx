import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { momentKort } from '../../i18n/datum.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Verwerking } from './verwerkingen-api.ts';
import { useVerwerkingenT } from './verwerkingen-i18n.ts';

/** One page of the log; a partij in a row narrows the search to that partij. */
export function VerwerkingenTabel({ rijen, eerste, onPartij }: { rijen: Verwerking[]; eerste: number; onPartij: (id: string) => void }) {
  const m = useVerwerkingenT();
  const { lang } = useI18n();
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  return (
    <div className="loket-formulieren__tabel">
      <Table>
        <TableCaption>{m.resultaten(eerste, eerste + rijen.length - 1)}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{m.kolom.tijdstip}</TableHeaderCell>
            <TableHeaderCell scope="col">{m.kolom.medewerker}</TableHeaderCell>
            <TableHeaderCell scope="col">{m.kolom.actie}</TableHeaderCell>
            <TableHeaderCell scope="col">{m.kolom.doel}</TableHeaderCell>
            <TableHeaderCell scope="col">{m.kolom.gegevens}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((r) => (
            <TableRow key={r.actieId}>
              <TableCell>
                <time dateTime={r.tijdstip}>{momentKort(r.tijdstip, locale)}</time>
              </TableCell>
              <TableCell>
                {r.gebruikerNaam} <span className="loket-hint">({r.rol})</span>
              </TableCell>
              <TableCell>
                {r.actieNaam}
                {r.vertrouwelijkheid === 'vertrouwelijk' && <span className="loket-badge loket-badge--uit">{m.vertrouwelijk}</span>}
              </TableCell>
              <TableCell>{r.doel}</TableCell>
              <TableCell>
                <ul className="loket-verwerkingen__objecten">
                  {r.verwerkteObjecten.map((o) => (
                    <li key={`${o.objecttype}-${o.objectId}`}>
                      {o.objecttype}{' '}
                      {o.objecttype === 'partij' ? (
                        <Button appearance="subtle-button" aria-label={m.alleenDeze(o.objectId)} onClick={() => onPartij(o.objectId)}>
                          {o.objectId.slice(0, 8)}
                        </Button>
                      ) : (
                        <code>{o.objectId.slice(0, 8)}</code>
                      )}
                      {o.verwerkteSoortenGegevens.length > 0 && (
                        <span className="loket-hint"> ({o.verwerkteSoortenGegevens.map((g) => g.soortGegeven).join(', ')})</span>
                      )}
                    </li>
                  ))}
                </ul>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
