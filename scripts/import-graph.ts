import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The import graph of src/ (*.ts, *.tsx): file → the files it imports, as paths below src/.
 * Static `import … from` and `export … from`, type-only ones included (a tie through types is
 * still a tie). Used by the layer test (src/platform/import-cycles.test.ts) and the README's
 * architecture picture (scripts/architecture-diagram.ts).
 */
export const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative specifiers of a file's static `import … from` and `export … from` statements. */
function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, false);
  return importedFiles.map((f) => f.fileName).filter((name) => name.startsWith('./') || name.startsWith('../'));
}

export const rel = (file: string) => relative(SRC, file).split('\\').join('/');

export function importGraph(): Map<string, string[]> {
  const files = sourceFiles(SRC);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeImports(file)
      .map((spec) => resolve(dirname(file), spec))
      .map((target) => (known.has(target) ? target : [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')].find((t) => known.has(t))))
      .filter((target): target is string => target !== undefined);
    graph.set(rel(file), [...new Set(targets.map(rel))]);
  }
  return graph;
}

/** The folder below src/ a file belongs to; '' for the files at the top (app.ts, config.ts, ...). */
export const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '');

export const isTestFile = (file: string) => /\.test(-helpers)?\.tsx?$/.test(file);
