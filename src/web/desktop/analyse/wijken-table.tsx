import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { WijkRate } from './analyse-api.ts';
import { useAnalyseT } from './analyse-i18n.ts';
import { classOf, type ColourScale } from './map-logic.ts';

/** The map's figures as a table: the same numbers for anyone who cannot or does not read the map. */
export function WijkenTable({ rates, scale, selected }: { rates: WijkRate[]; scale: ColourScale; selected: string | null }) {
  const a = useAnalyseT();
  const rows = [...rates].sort((x, y) => y.per1000 - x.per1000 || x.wijk.localeCompare(y.wijk));
  return (
    <Table className="loket-an-table">
      <TableCaption className="loket-an-caption">{a.kaart.tabel}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{a.kaart.kolomWijk}</TableHeaderCell>
          <TableHeaderCell scope="col" className="loket-an-num">
            {a.kaart.kolomInwoners}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="loket-an-num">
            {a.kaart.kolomAantal}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="loket-an-num">
            {a.kaart.kolomPer1000}
          </TableHeaderCell>
          <TableHeaderCell scope="col">{a.kaart.kolomKlasse}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => {
          const index = classOf(r.per1000, scale);
          const c = scale.classes[index]!;
          return (
            <TableRow key={r.wijk} className={r.wijk === selected ? 'loket-row--selected' : undefined}>
              <TableHeaderCell scope="row">
                {r.naam} <span className="loket-hint">({r.wijk})</span>
              </TableHeaderCell>
              <TableCell className="loket-an-num">{a.getal(r.inwoners)}</TableCell>
              <TableCell className="loket-an-num">{a.getal(r.count)}</TableCell>
              <TableCell className="loket-an-num">{a.getal(r.per1000)}</TableCell>
              <TableCell>
                <span className={`loket-an-swatch loket-an-klasse-${index}`} aria-hidden="true" />{' '}
                {a.kaart.klasse(a.getal(c.from), a.getal(c.to))}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
