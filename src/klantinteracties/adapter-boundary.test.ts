import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Klantinteracties API is an adapter: it maps the standard's wire format onto Loket's
 * domains and writes only through their services (parties/, contacts/, tasks/, auth/,
 * conversations/). A write statement in this folder would be a second write path past them.
 * Tests in the folder may set up data as they like; the adapter's own code may not.
 */
const HERE = import.meta.dirname;

/** Kysely writes, and raw SQL that writes (`sql\`update ...\``, `sql.raw('delete from ...')`). */
const WRITES: { name: string; pattern: RegExp }[] = [
  { name: 'insertInto(', pattern: /\binsertInto\s*\(/ },
  { name: 'updateTable(', pattern: /\bupdateTable\s*\(/ },
  { name: 'deleteFrom(', pattern: /\bdeleteFrom\s*\(/ },
  { name: 'mergeInto(', pattern: /\bmergeInto\s*\(/ },
  { name: 'replaceInto(', pattern: /\breplaceInto\s*\(/ },
  { name: 'raw insert into', pattern: /\binsert\s+into\b/i },
  { name: 'raw update … set', pattern: /\bupdate\s+[\w".]+\s+set\b/i },
  { name: 'raw delete from', pattern: /\bdelete\s+from\b/i },
  { name: 'raw truncate', pattern: /\btruncate\s+(table\s+)?[\w"]/i },
];

function adapterFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return adapterFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.includes('fixtures') ? [path] : [];
  });
}

function writesIn(source: string): { line: number; write: string; text: string }[] {
  return source
    .split('\n')
    .flatMap((text, index) =>
      WRITES.filter(({ pattern }) => pattern.test(text)).map(({ name }) => ({ line: index + 1, write: name, text: text.trim() })),
    );
}

describe('the Klantinteracties adapter', () => {
  const files = adapterFiles(HERE);

  it('reads its own files (an empty list would make the check below pass)', () => {
    expect(files.map((f) => relative(HERE, f))).toEqual(
      expect.arrayContaining(['partijen.write.ts', 'klantcontacten.write.ts', 'resource.ts']),
    );
  });

  it('recognises each kind of write', () => {
    const sample = [
      "await k.trx.insertInto('partij').values(v).execute();",
      "await trx.updateTable('betrokkene').set({ partij_id: null });",
      "await trx.deleteFrom('actor').where('id', '=', id);",
      'await sql`update partij set nummer = ${n}`.execute(trx);',
      "await sql.raw('DELETE FROM bijlage').execute(trx);",
      'await sql`insert into categorie (naam) values (${naam})`.execute(trx);',
      "const rows = await trx.selectFrom('partij').selectAll().execute(); // bijwerken na update",
    ].join('\n');
    expect(writesIn(sample).map((w) => w.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('writes no table itself: every write goes through the owning domain service', () => {
    const found = files.flatMap((file) =>
      writesIn(readFileSync(file, 'utf8')).map((w) => `${relative(HERE, file)}:${w.line} ${w.write}  ${w.text}`),
    );
    expect(found).toEqual([]);
  });
});
