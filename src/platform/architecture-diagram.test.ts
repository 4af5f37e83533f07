import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  architectureDiagram,
  BEGIN,
  END,
  loopsOf,
  README_PATH,
  readmeWithDiagram,
  withoutImpliedEdges,
} from '../../scripts/architecture-diagram.ts';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe("the README's architecture picture", () => {
  it('matches the imports in src/ (run npm run gen:architecture after moving a dependency)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(readme).toContain(BEGIN);
    expect(readme).toContain(END);
    expect(readmeWithDiagram(readme)).toBe(readme);
  });

  it('draws the domains, the foundation at the bottom and the browser code apart', () => {
    const picture = architectureDiagram();
    for (const domain of ['conversations', 'channels', 'parties', 'routing', 'bot', 'knowledge'])
      expect(picture).toMatch(new RegExp(`^ +${domain}$`, 'm'));
    expect(picture).toContain('domeinen --> basis');
    expect(picture).toContain('web --> contract');
    expect(picture).not.toMatch(/--> (app|cli|setup|test)$/m);
  });

  it('leaves out an arrow another path implies, and keeps what reaches what', () => {
    const reduced = withoutImpliedEdges(graph({ channels: ['conversations', 'parties'], conversations: ['parties'], parties: [] }));
    expect(reduced).toEqual(graph({ channels: ['conversations'], conversations: ['parties'], parties: [] }));
  });

  it('finds domains that import each other round', () => {
    expect(loopsOf(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
  });
});
