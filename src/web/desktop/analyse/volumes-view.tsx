import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ScrollRegion } from '../ui/scroll-region.tsx';
import { useT } from '../i18n/i18n.tsx';
import { BarChart } from '../teamleider/bar-chart.tsx';
import type { VolumeRow } from './analyse-api.ts';
import { useAnalyseT } from './analyse-i18n.ts';
import { humanize, volumeTable } from './analyse-logic.ts';

/** Contacts per kanaal (the team overview's bar chart), per week and kanaal, and per topic. */
export function VolumesView({ rows, category }: { rows: VolumeRow[]; category: string }) {
  const t = useT();
  const a = useAnalyseT();
  const table = volumeTable(rows, category);
  if (table.total === 0) return <p className="loket-empty">{a.volumes.geen}</p>;
  const kanaal = (k: string) => t.kanaal[k] ?? k;
  return (
    <div className="loket-an-volumes">
      <BarChart
        title={t.teamleider.aantalPerKanaal}
        valueLabel={t.teamleider.aantal}
        rows={table.kanalen.map((k) => ({ label: kanaal(k), value: table.perKanaal[k] ?? 0 }))}
        format={a.getal}
      />
      <ScrollRegion label={a.volumes.perWeek}>
        <Table className="loket-an-table">
          <TableCaption className="loket-an-caption">{a.volumes.perWeek}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{a.volumes.kolomWeek}</TableHeaderCell>
              {table.kanalen.map((k) => (
                <TableHeaderCell key={k} scope="col" className="loket-an-num">
                  {kanaal(k)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col" className="loket-an-num">
                {a.volumes.totaal}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.weeks.map((w) => (
              <TableRow key={w.weekStart}>
                <TableHeaderCell scope="row">{a.week(w.weekStart)}</TableHeaderCell>
                {table.kanalen.map((k) => (
                  <TableCell key={k} className="loket-an-num">
                    {a.getal(w.perKanaal[k] ?? 0)}
                  </TableCell>
                ))}
                <TableCell className="loket-an-num">{a.getal(w.total)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </ScrollRegion>
      {!category && (
        <Table className="loket-an-table loket-an-table--smal">
          <TableCaption className="loket-an-caption">{a.volumes.perOnderwerp}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{a.volumes.kolomOnderwerp}</TableHeaderCell>
              <TableHeaderCell scope="col" className="loket-an-num">
                {a.volumes.kolomAantal}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.perCategory.map((c) => (
              <TableRow key={c.category}>
                <TableHeaderCell scope="row">{humanize(c.category)}</TableHeaderCell>
                <TableCell className="loket-an-num">{a.getal(c.count)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
