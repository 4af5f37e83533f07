import { Paragraph, Table, TableBody, TableCaption, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * A beheer list as a table: the caption (the table's accessible name), a row of column heads and a
 * row per item, in a wrapper that scrolls sideways on a narrow screen (the screens import its
 * style). With `geen`, that sentence stands instead of the table when there are no items.
 */
export function BeheerTabel<R>(props: {
  rijen: readonly R[];
  bijschrift: string;
  /** Where a heading right above already names the table, the caption is for assistive technology only. */
  bijschriftVerborgen?: boolean;
  koppen: readonly string[];
  geen?: string;
  /** The wrapper's class: .loket-beheer__tabel unless the screen's own stylesheet has another. */
  klasse?: string;
  children: (rij: R) => ReactNode;
}) {
  if (props.geen !== undefined && props.rijen.length === 0) return <Paragraph>{props.geen}</Paragraph>;
  return (
    <div className={props.klasse ?? 'loket-beheer__tabel'}>
      <Table>
        <TableCaption className={props.bijschriftVerborgen ? 'loket-visually-hidden' : undefined}>{props.bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            {props.koppen.map((kop) => (
              <TableHeaderCell key={kop} scope="col">
                {kop}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{props.rijen.map(props.children)}</TableBody>
      </Table>
    </div>
  );
}
