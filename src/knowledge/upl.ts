import { CsvError, parse } from 'csv-parse/sync';
import { inTransaction, type Db } from '../db/transaction.ts';
import { InvalidImport } from './knowledge.errors.ts';

/** The Uniforme Productnamenlijst: the product names articles are tagged with. */
export interface UplProduct {
  naam: string;
  uri: string;
  /** Whether municipalities offer the product (column "Gemeente"). */
  gemeente: boolean;
}

/**
 * RFC 4180 records through csv-parse: quoted fields may hold commas, quotes ("") and line breaks;
 * a byte-order mark, blank lines and rows of only empty fields are skipped; rows may be shorter or
 * longer than the header (the UPL export is not strict about trailing columns). A broken file (an
 * unclosed quote) is refused with the line it is on, instead of being read wrongly.
 */
export function parseCsv(text: string): string[][] {
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw InvalidImport([{ field: `regel ${String(error.lines ?? '?')}`, message: error.message }]);
  }
}

export function parseUpl(text: string): UplProduct[] {
  const [header, ...rows] = parseCsv(text);
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const [naam, uri, gemeente] = [column('UniformeProductnaam'), column('URI'), column('Gemeente')];
  if (naam < 0 || uri < 0) throw InvalidImport([{ field: 'header', message: 'expected the columns UniformeProductnaam and URI' }]);
  return rows
    .map((r) => ({
      naam: (r[naam] ?? '').trim(),
      uri: (r[uri] ?? '').trim(),
      gemeente: gemeente >= 0 && (r[gemeente] ?? '').trim() !== '',
    }))
    .filter((p) => p.naam !== '');
}

/** Replaces the UPL list as a whole: a new snapshot also drops names that were withdrawn. */
export async function importUpl(db: Db, products: readonly UplProduct[]): Promise<number> {
  const unique = [...new Map(products.map((p) => [p.naam, p])).values()];
  return inTransaction(db, async (trx) => {
    await trx.deleteFrom('upl_product').execute();
    for (let i = 0; i < unique.length; i += 500) {
      await trx
        .insertInto('upl_product')
        .values(unique.slice(i, i + 500))
        .execute();
    }
    return unique.length;
  });
}
