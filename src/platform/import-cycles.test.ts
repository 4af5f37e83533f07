import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of the server and desktop code (src/**\/*.ts, *.tsx): no cycles, and the
 * layers point one way (platform/ and db/ know no domain). Type-only imports
 * (`import type`, `export type`) count too: a cycle through types still ties two modules
 * together, and breaking it is the same work.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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

function buildGraph(): Map<string, string[]> {
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

const rel = (file: string) => relative(SRC, file).split('\\').join('/');

/** Tarjan's strongly connected components; every component of more than one file is a cycle. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}

/** Folders below src/ that are infrastructure rather than a domain. */
const NOT_DOMAINS = new Set(['platform', 'db', 'contract', 'test']);
const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '');

describe('import graph of src/', () => {
  const graph = buildGraph();

  it('reads the graph (a broken parse would make every check below pass)', () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(graph.get('app.ts')).toContain('platform/errors.ts');
  });

  it('finds a cycle when there is one', () => {
    const sample = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cyclesOf(sample)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('has no import cycles', () => {
    expect(cyclesOf(graph).map((cycle) => cycle.join(' ↔ '))).toEqual([]);
  });

  it('keeps platform/ and db/ below the domains', () => {
    // Their tests may drive the assembled app through domain fixtures; their code may not.
    const upward = [...graph].flatMap(([file, targets]) =>
      ['platform', 'db'].includes(folderOf(file)) && !/\.test\.tsx?$/.test(file)
        ? targets.filter((t) => !NOT_DOMAINS.has(folderOf(t))).map((t) => `${file} → ${t}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it('lets config parse values without importing domain code', () => {
    // Config sits below the domains: it reads the environment into typed settings, and the
    // domains read theirs from it. It may use platform/, db/, contract/ and its own files only.
    const isConfig = (file: string) => /^config[^/]*\.ts$/.test(file) && !file.endsWith('.test.ts');
    const configFiles = [...graph.keys()].filter(isConfig);
    expect(configFiles).toEqual(expect.arrayContaining(['config.ts', 'config-values.ts']));
    const fromDomains = configFiles.flatMap((file) =>
      (graph.get(file) ?? []).filter((t) => !NOT_DOMAINS.has(folderOf(t)) && !isConfig(t)).map((t) => `${file} → ${t}`),
    );
    expect(fromDomains).toEqual([]);
  });
});
