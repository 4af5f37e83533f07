import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { RepeatRow } from './analyse-api.ts';
import { useAnalyseT } from './analyse-i18n.ts';
import { humanize } from './analyse-logic.ts';

export function RepeatsTable({ rows, category }: { rows: RepeatRow[]; category: string }) {
  const a = useAnalyseT();
  const shown = category ? rows.filter((r) => r.category === category) : rows;
  if (shown.length === 0) return <p className="loket-empty">{a.herhaal.geen}</p>;
  return (
    <Table className="loket-an-table loket-an-table--smal">
      <TableCaption className="loket-visually-hidden">{a.herhaal.titel}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{a.herhaal.kolomOnderwerp}</TableHeaderCell>
          <TableHeaderCell scope="col" className="loket-an-num">
            {a.herhaal.kolomContacten}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="loket-an-num">
            {a.herhaal.kolomHerhaal}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="loket-an-num">
            {a.herhaal.kolomAandeel}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {[...shown]
          .sort((x, y) => y.share - x.share || x.category.localeCompare(y.category))
          .map((r) => (
            <TableRow key={r.category}>
              <TableHeaderCell scope="row">{humanize(r.category)}</TableHeaderCell>
              <TableCell className="loket-an-num">{a.getal(r.contacts)}</TableCell>
              <TableCell className="loket-an-num">{a.getal(r.repeats)}</TableCell>
              <TableCell className="loket-an-num">{a.procent(r.share)}</TableCell>
            </TableRow>
          ))}
      </TableBody>
    </Table>
  );
}
