import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { ScrollRegion } from '../ui/scroll-region.tsx';
import { useKwaliteitT } from './kwaliteit-i18n.ts';

export interface Kolom<R> {
  kop: string;
  waarde: (r: R) => ReactNode;
  className?: (r: R) => string | undefined;
}

/**
 * The quality screens' tables: each row named in its row header, then figures. Wide, so it
 * scrolls sideways in its own focusable region on a narrow screen.
 */
export function KwTabel<R>({
  titel,
  zichtbaar = false,
  kop,
  rows,
  rowKey,
  label,
  kolommen,
}: {
  titel: string;
  zichtbaar?: boolean;
  kop: string;
  rows: R[];
  rowKey: (r: R) => string;
  label: (r: R) => ReactNode;
  kolommen: Kolom<R>[];
}) {
  const k = useKwaliteitT();
  if (rows.length === 0) {
    return (
      <>
        {zichtbaar && <h3 className="utrecht-heading-3 loket-kw-caption">{titel}</h3>}
        <Paragraph className="loket-empty">{k.geenGegevens}</Paragraph>
      </>
    );
  }
  return (
    <ScrollRegion label={titel}>
      <Table className="loket-kw-table">
        <TableCaption className={zichtbaar ? 'utrecht-heading-3 loket-kw-caption' : 'loket-visually-hidden'}>{titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{kop}</TableHeaderCell>
            {kolommen.map((k) => (
              <TableHeaderCell key={k.kop} scope="col">
                {k.kop}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={rowKey(r)}>
              <TableHeaderCell scope="row">{label(r)}</TableHeaderCell>
              {kolommen.map((k) => (
                <TableCell key={k.kop} className={k.className?.(r)}>
                  {k.waarde(r)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
