import { describe, expect, it } from 'vitest';
import { buildVocabulary, createAnalyser } from './analyse.ts';
import { buildExampleNeighbours } from './example-neighbours.ts';
import { buildSynonymTable } from './synonyms.ts';

const texts = ['mijn hond aanmelden', 'kapotte lantaarnpaal in mijn straat', 'paspoort verlengen'];
const analyser = createAnalyser(buildVocabulary(texts), buildSynonymTable([]));
const example = (doc: number, text: string) => ({ doc, analysis: analyser.analyse(text) });

describe('buildExampleNeighbours', () => {
  it('gives each article the similarity of its nearest example, 0 to an article without any', () => {
    const neighbours = buildExampleNeighbours(3, [example(0, texts[0] as string), example(1, texts[1] as string)]);
    const sims = neighbours.nearest(analyser.analyse('hond aanmelden'));
    expect(sims[0]).toBeGreaterThan(0.5);
    expect(sims[0]).toBeGreaterThan(sims[1] as number);
    expect(sims[2]).toBe(0);
  });

  it('finds a question that is one of the examples nearer than one that only shares a word with it', () => {
    const neighbours = buildExampleNeighbours(2, [example(0, texts[0] as string), example(1, texts[2] as string)]);
    const same = neighbours.nearest(analyser.analyse(texts[2] as string))[1] as number;
    expect(same).toBeGreaterThan(0.6);
    expect(same).toBeGreaterThan(neighbours.nearest(analyser.analyse('paspoort kwijt'))[1] as number);
  });

  it('does not grow when an article has the same example many times (the index dedupes them before)', () => {
    const once = buildExampleNeighbours(2, [example(0, texts[0] as string), example(1, texts[1] as string)]);
    const many = buildExampleNeighbours(2, [
      ...Array.from({ length: 50 }, () => example(0, texts[0] as string)),
      example(1, texts[1] as string),
    ]);
    const question = analyser.analyse('ik wil mijn hond aanmelden in mijn straat');
    expect(many.nearest(question)[0]).toBeLessThanOrEqual((once.nearest(question)[0] as number) + 1e-9);
  });

  it('knows nothing without examples', () => {
    expect([...buildExampleNeighbours(2, []).nearest(analyser.analyse('hond'))]).toEqual([0, 0]);
  });
});
