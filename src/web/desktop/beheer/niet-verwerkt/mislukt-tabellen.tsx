import { Button, TableCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { momentKort } from '../../i18n/datum.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { href } from '../../ui/route.ts';
import { BeheerTabel } from '../beheer-tabel.tsx';
import type { MisluktBericht, MisluktVervolg } from './niet-verwerkt-api.ts';
import { useNietVerwerktT } from './niet-verwerkt-i18n.ts';

const useMoment = () => {
  const { lang } = useI18n();
  return (iso: string) => momentKort(iso, lang === 'en' ? 'en-GB' : 'nl-NL');
};

type Mislukt = { id: string; pogingen: number; laatsteFout?: string | null };

/**
 * A table of failed work, a row an item: what it is, where it came from, the attempts, the last
 * error, where it stands, and a retry button where a retry is up to the beheerder. `wat` names
 * the item in the button's accessible name and in the announcement.
 */
function MisluktTabel<R extends Mislukt>(props: {
  titel: string;
  kolom: Record<string, string>;
  rijen: R[];
  bezig: string | undefined;
  onOpnieuw: (r: R, wat: string) => void;
  wat: (r: R) => string;
  cellen: (r: R) => { soort: ReactNode; herkomst: ReactNode; stand: ReactNode; opnieuw: boolean };
}) {
  const m = useNietVerwerktT();
  return (
    <BeheerTabel rijen={props.rijen} bijschrift={props.titel} koppen={Object.values(props.kolom)} klasse="loket-formulieren__tabel">
      {(r) => {
        const wat = props.wat(r);
        const c = props.cellen(r);
        return (
          <TableRow key={r.id}>
            <TableCell>{c.soort}</TableCell>
            <TableCell>{c.herkomst}</TableCell>
            <TableCell>{r.pogingen}</TableCell>
            <TableCell className="loket-niet-verwerkt__fout">{r.laatsteFout ?? '—'}</TableCell>
            <TableCell>{c.stand}</TableCell>
            <TableCell>
              {c.opnieuw && (
                <Button
                  appearance="secondary-action-button"
                  aria-label={m.opnieuwLabel(wat)}
                  busy={props.bezig === r.id}
                  disabled={props.bezig === r.id}
                  onClick={() => props.onOpnieuw(r, wat)}
                >
                  {m.opnieuw}
                </Button>
              )}
            </TableCell>
          </TableRow>
        );
      }}
    </BeheerTabel>
  );
}

type TabelProps<R> = { rijen: R[]; bezig: string | undefined; onOpnieuw: (r: R, wat: string) => void };

/** Inbound messages whose processing failed; each can be tried again now. */
export function BerichtenTabel(props: TabelProps<MisluktBericht>) {
  const m = useNietVerwerktT();
  const { t } = useI18n();
  const moment = useMoment();
  const kanaal = (r: MisluktBericht) => t.kanaal[r.kanaal] ?? r.kanaal;
  return (
    <MisluktTabel
      {...props}
      titel={m.berichten.titel}
      kolom={m.berichten.kolom}
      wat={(r) => `${kanaal(r)}, ${moment(r.ontvangenOp)}`}
      cellen={(r) => ({ soort: kanaal(r), herkomst: moment(r.ontvangenOp), stand: moment(r.volgendePogingOp), opnieuw: true })}
    />
  );
}

/** Follow-ups (bot turn, topic) that failed; a stopped one can be tried again, the others retry by themselves. */
export function VervolgTabel(props: TabelProps<MisluktVervolg>) {
  const m = useNietVerwerktT();
  const moment = useMoment();
  const stap = (r: MisluktVervolg) => m.vervolg.stap[r.stap] ?? r.stap;
  return (
    <MisluktTabel
      {...props}
      titel={m.vervolg.titel}
      kolom={m.vervolg.kolom}
      wat={(r) => `${stap(r)}, ${moment(r.aangemaaktOp)}`}
      cellen={(r) => ({
        soort: stap(r),
        herkomst: <a href={href.gesprek(r.gesprekId)}>{r.gesprekId.slice(0, 8)}</a>,
        stand: r.geparkeerd || !r.volgendePogingOp ? m.vervolg.stilgezet : m.vervolg.wachtTot(moment(r.volgendePogingOp)),
        opnieuw: r.geparkeerd,
      })}
    />
  );
}
