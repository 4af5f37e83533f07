import { inTransaction, type Db } from '../db/transaction.ts';
import { InvalidImport } from './knowledge.errors.ts';

/** The Uniforme Productnamenlijst: the product names articles are tagged with. */
export interface UplProduct {
  naam: string;
  uri: string;
  /** Whether municipalities offer the product (column "Gemeente"). */
  gemeente: boolean;
}

/** RFC 4180 records: fields may be quoted and then hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ',') {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records.filter((r) => r.some((f) => f.trim() !== ''));
}

export function parseUpl(text: string): UplProduct[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const [naam, uri, gemeente] = [column('UniformeProductnaam'), column('URI'), column('Gemeente')];
  if (naam < 0 || uri < 0) throw InvalidImport([{ field: 'header', message: 'expected the columns UniformeProductnaam and URI' }]);
  return rows
    .map((r) => ({ naam: (r[naam] ?? '').trim(), uri: (r[uri] ?? '').trim(), gemeente: gemeente >= 0 && (r[gemeente] ?? '').trim() !== '' }))
    .filter((p) => p.naam !== '');
}

/** Replaces the UPL list as a whole: a new snapshot also drops names that were withdrawn. */
export async function importUpl(db: Db, products: readonly UplProduct[]): Promise<number> {
  const unique = [...new Map(products.map((p) => [p.naam, p])).values()];
  return inTransaction(db, async (trx) => {
    await trx.deleteFrom('upl_product').execute();
    for (let i = 0; i < unique.length; i += 500) {
      await trx.insertInto('upl_product').values(unique.slice(i, i + 500)).execute();
    }
    return unique.length;
  });
}
