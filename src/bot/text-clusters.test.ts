import { describe, expect, it } from 'vitest';
import { clusterTexts, cosine, trigramVector } from './text-clusters.ts';

describe('clusterTexts', () => {
  it('groups rephrasings of one question and keeps other questions apart', () => {
    const texts = [
      'wanneer wordt het oud papier opgehaald',
      'mag ik vuurwerk afsteken op oudjaarsavond',
      'wanneer wordt oud papier opgehaald in mijn straat',
      'wanneer halen jullie het oude papier op',
      'vuurwerk afsteken oudjaarsavond toegestaan?',
    ];
    const clusters = clusterTexts(texts, (t) => t);
    expect(clusters.map((c) => c.members.length)).toEqual([3, 2]);
    expect(clusters[0]?.members.every((t) => t.includes('papier'))).toBe(true);
  });

  it('measures similarity by character trigrams', () => {
    expect(cosine(trigramVector('grofvuil ophalen'), trigramVector('grof vuil ophalen'))).toBeGreaterThan(0.6);
    expect(cosine(trigramVector('paspoort'), trigramVector('hondenbelasting'))).toBeLessThan(0.1);
  });
});
