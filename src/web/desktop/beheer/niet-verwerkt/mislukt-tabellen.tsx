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
import { href } from '../../ui/route.ts';
import type { MisluktBericht, MisluktVervolg } from './niet-verwerkt-api.ts';
import { useNietVerwerktT } from './niet-verwerkt-i18n.ts';

const useMoment = () => {
  const { lang } = useI18n();
  return (iso: string) => momentKort(iso, lang === 'en' ? 'en-GB' : 'nl-NL');
};

/** Inbound messages whose processing failed; each can be tried again now. */
export function BerichtenTabel({
  rijen,
  bezig,
  onOpnieuw,
}: {
  rijen: MisluktBericht[];
  bezig: string | undefined;
  onOpnieuw: (r: MisluktBericht, wat: string) => void;
}) {
  const m = useNietVerwerktT();
  const { t } = useI18n();
  const moment = useMoment();
  const k = m.berichten.kolom;
  return (
    <div className="loket-formulieren__tabel">
      <Table>
        <TableCaption>{m.berichten.titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{k.kanaal}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.ontvangen}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.pogingen}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.fout}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.volgende}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.actie}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((r) => {
            const wat = `${t.kanaal[r.kanaal] ?? r.kanaal}, ${moment(r.ontvangenOp)}`;
            return (
              <TableRow key={r.id}>
                <TableCell>{t.kanaal[r.kanaal] ?? r.kanaal}</TableCell>
                <TableCell>{moment(r.ontvangenOp)}</TableCell>
                <TableCell>{r.pogingen}</TableCell>
                <TableCell className="loket-niet-verwerkt__fout">{r.laatsteFout ?? '—'}</TableCell>
                <TableCell>{moment(r.volgendePogingOp)}</TableCell>
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    aria-label={m.opnieuwLabel(wat)}
                    busy={bezig === r.id}
                    disabled={bezig === r.id}
                    onClick={() => onOpnieuw(r, wat)}
                  >
                    {m.opnieuw}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** Follow-ups (bot turn, topic) that failed; a stopped one can be tried again, the others retry by themselves. */
export function VervolgTabel({
  rijen,
  bezig,
  onOpnieuw,
}: {
  rijen: MisluktVervolg[];
  bezig: string | undefined;
  onOpnieuw: (r: MisluktVervolg, wat: string) => void;
}) {
  const m = useNietVerwerktT();
  const moment = useMoment();
  const k = m.vervolg.kolom;
  return (
    <div className="loket-formulieren__tabel">
      <Table>
        <TableCaption>{m.vervolg.titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{k.stap}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.gesprek}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.pogingen}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.fout}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.status}</TableHeaderCell>
            <TableHeaderCell scope="col">{k.actie}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((r) => {
            const wat = `${m.vervolg.stap[r.stap] ?? r.stap}, ${moment(r.aangemaaktOp)}`;
            return (
              <TableRow key={r.id}>
                <TableCell>{m.vervolg.stap[r.stap] ?? r.stap}</TableCell>
                <TableCell>
                  <a href={href.gesprek(r.gesprekId)}>{r.gesprekId.slice(0, 8)}</a>
                </TableCell>
                <TableCell>{r.pogingen}</TableCell>
                <TableCell className="loket-niet-verwerkt__fout">{r.laatsteFout ?? '—'}</TableCell>
                <TableCell>
                  {r.geparkeerd || !r.volgendePogingOp ? m.vervolg.stilgezet : m.vervolg.wachtTot(moment(r.volgendePogingOp))}
                </TableCell>
                <TableCell>
                  {r.geparkeerd && (
                    <Button
                      appearance="secondary-action-button"
                      aria-label={m.opnieuwLabel(wat)}
                      busy={bezig === r.id}
                      disabled={bezig === r.id}
                      onClick={() => onOpnieuw(r, wat)}
                    >
                      {m.opnieuw}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
