import { describe, expect, it } from 'vitest';
import { domainGraph, WIRING } from '../../scripts/architecture-diagram.ts';
import { folderOf, importGraph } from '../../scripts/import-graph.ts';

/**
 * The import graph of the server and desktop code (src/**\/*.ts, *.tsx): no cycles, and the
 * layers point one way (platform/ and db/ know no domain). Type-only imports
 * (`import type`, `export type`) count too: a cycle through types still ties two modules
 * together, and breaking it is the same work.
 */

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

describe('import graph of src/', () => {
  const graph = importGraph();

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

  it('finds a cycle between folders when their files import each other round (no single file cycle needed)', () => {
    // The loop this test was written against (issue 19): contacts wrote the outbox of notificaties,
    // whose client used backoffice's HTTP plumbing, whose services called contacts.
    const files = new Map([
      ['contacts/contacts.service.ts', ['notificaties/notificaties-uit.ts']],
      ['notificaties/notificaties.client.ts', ['backoffice/http/bron-http.ts']],
      ['backoffice/zaken/zaak-koppeling.service.ts', ['contacts/contacts.service.ts']],
      ['backoffice/zaken/zaak-koppeling.test.ts', ['setup/demo-seed.ts']],
      ['notificaties/notificaties-uit.ts', []],
      ['backoffice/http/bron-http.ts', []],
    ]);
    const folders = new Map([...domainGraph(files)].map(([folder, targets]) => [folder, [...targets]]));
    expect(cyclesOf(files)).toEqual([]);
    expect(cyclesOf(folders)).toEqual([['backoffice', 'contacts', 'notificaties']]);
    expect(folders.get('backoffice')).toEqual(['contacts']); // the test file's import is left out
  });

  it('has no cycles between domains (folders)', () => {
    // A folder below src/ is a node (app.ts and main.ts are "app", config*.ts "config"); tests
    // are left out, as they may drive the assembled app. Which way the arrows point is drawn in
    // the README (npm run gen:architecture).
    const folders = new Map([...domainGraph(graph)].map(([folder, targets]) => [folder, [...targets]]));
    expect(folders.size).toBeGreaterThan(20);
    expect(cyclesOf(folders).map((cycle) => cycle.join(' ↔ '))).toEqual([]);
  });

  it('has no domain import the wiring (app, the cli registry, setup)', () => {
    // The wiring imports the domains; a domain that needs something of it gets it handed in
    // (hooks and deps in app.ts, the CliContext for commands) or the shared part moves down.
    const upward = [...domainGraph(graph)].flatMap(([folder, targets]) =>
      WIRING.has(folder) ? [] : [...targets].filter((t) => WIRING.has(t)).map((t) => `${folder} → ${t}`),
    );
    expect([...WIRING].sort()).toEqual(['app', 'cli', 'setup']);
    expect(upward).toEqual([]);
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
