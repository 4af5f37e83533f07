import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The gesprek aggregate (tables gesprek and bericht) has one writer: the conversations domain.
 * Other domains decide and call its functions (STYLE.md, "one choke point per aggregate"), so
 * every change is audited and published in one place. This test reads the source and names any
 * other file that writes those tables itself.
 */
const SRC = resolve(import.meta.dirname, '..');
const TABLES = ['gesprek', 'bericht'];

/** Files that may write the tables, each with the reason; keep this list empty if you can. */
const EXCEPTIONS: Record<string, string> = {};

const table = `(?:public\\.)?"?(?:${TABLES.join('|')})"?`;
const WRITES = [
  // Kysely: insertInto('gesprek'), updateTable('bericht as b'), deleteFrom("gesprek"), mergeInto, replaceInto.
  new RegExp(
    `\\b(?:insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\\(\\s*['"\`](?:${TABLES.join('|')})(?:\\s+as\\s+\\w+)?['"\`]`,
    'gi',
  ),
  // Raw SQL in a template: insert into gesprek, update bericht, delete from gesprek, truncate, merge into.
  new RegExp(`\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|merge\\s+into)\\s+${table}(?![\\w.])`, 'gi'),
];

/** The writes to the aggregate's tables in one source text (a statement may span lines), as "line: code". */
function writesIn(source: string): string[] {
  const lines = source.split('\n');
  return WRITES.flatMap((pattern) => [...source.matchAll(pattern)]).map((match) => {
    const line = source.slice(0, match.index).split('\n').length;
    return `${line}: ${lines[line - 1]!.trim()}`;
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const outsideTheAggregate = (file: string) =>
  !file.startsWith('conversations/') &&
  !file.startsWith('db/migrations/') &&
  !file.startsWith('test/') &&
  !/\.test(?:-helpers)?\.tsx?$/.test(file);

describe('the gesprek aggregate has one writer', () => {
  it('recognises each way of writing the tables, and not their neighbours', () => {
    expect(writesIn(`await trx.updateTable('gesprek').set({ partij_id: null })`)).toHaveLength(1);
    expect(writesIn(`db.insertInto("bericht").values(row)`)).toHaveLength(1);
    expect(writesIn('db.deleteFrom(`gesprek as g`)')).toHaveLength(1);
    expect(writesIn('await sql`UPDATE gesprek SET metadata = metadata || ${x}`')).toHaveLength(1);
    expect(writesIn('sql`insert into public.bericht (id) values (${id})`')).toHaveLength(1);
    expect(writesIn('sql`Delete From "gesprek" where id = ${id}`')).toHaveLength(1);
    expect(writesIn('sql`\n  update\n    bericht set inhoud = ${x}`')).toEqual(['2: update']);
    expect(writesIn(`db.updateTable('gesprek_analyse').set(x); sql\`delete from bericht_bijlage\`; db.selectFrom('gesprek')`)).toEqual([]);
    expect(writesIn(`db.insertInto('telefoongesprek'); sql\`update inkomend_bericht set ruw = null\``)).toEqual([]);
  });

  it('no file outside src/conversations/ writes gesprek or bericht', () => {
    const offenders: string[] = [];
    for (const path of sourceFiles(SRC)) {
      const file = relative(SRC, path).split('\\').join('/');
      if (!outsideTheAggregate(file) || file in EXCEPTIONS) continue;
      for (const write of writesIn(readFileSync(path, 'utf8'))) offenders.push(`src/${file}:${write}`);
    }
    expect(offenders, 'write the gesprek aggregate through a function of src/conversations/ instead').toEqual([]);
  });

  it('lists no exception for a file that no longer writes the tables', () => {
    const stale = Object.keys(EXCEPTIONS).filter((file) => writesIn(readFileSync(join(SRC, file), 'utf8')).length === 0);
    expect(stale).toEqual([]);
  });
});
