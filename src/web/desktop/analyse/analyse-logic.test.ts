import { describe, expect, it } from 'vitest';
import type { Hotspot } from './analyse-api.ts';
import { categoriesOf, groupHotspots, humanize, latestWeekWithData, ratio, volumeTable } from './analyse-logic.ts';

const series = [
  { weekStart: '2026-09-21', count: 1 },
  { weekStart: '2026-09-28', count: 8 },
];
const hotspot = (weekStart: string, score: number, wijk = 'WK0006'): Hotspot => ({
  wijk,
  category: 'overlast',
  articleId: 'ratten-en-ongedierte',
  weekStart,
  observed: 8,
  expected: 0.5,
  score,
  series,
});

describe('dashboard figures', () => {
  it('writes slugs as words', () => {
    expect(humanize('zorg-en-welzijn')).toBe('Zorg en welzijn');
    expect(humanize('afval')).toBe('Afval');
  });

  it('groups a run of hotspot weeks of one wijk and topic, strongest first', () => {
    const groups = groupHotspots([hotspot('2026-10-05', 3), hotspot('2026-09-28', 10), hotspot('2026-10-12', 5, 'WK0001')]);
    expect(groups.map((g) => [g.wijk, g.weeks.map((w) => w.weekStart), g.score])).toEqual([
      ['WK0006', ['2026-09-28', '2026-10-05'], 10],
      ['WK0001', ['2026-10-12'], 5],
    ]);
    expect(groups[0]!.series).toBe(series);
    expect(groups[0]!.voorbeelden).toEqual([]);
  });

  it('shows at most three distinct example texts of a hotspot, from its latest week first', () => {
    const withTexts = (weekStart: string, texts: string[]): Hotspot => ({
      ...hotspot(weekStart, 4),
      voorbeelden: texts.map((tekst) => ({ tekst })),
    });
    const [group] = groupHotspots([withTexts('2026-09-28', ['a', 'b']), withTexts('2026-10-05', ['c', 'a'])]);
    expect(group!.voorbeelden).toEqual(['c', 'a', 'b']);
    expect(ratio(8, 0.5)).toBe(16);
    expect(ratio(3, 0)).toBeNull();
  });

  it('pivots volumes to week × kanaal for one category or all, and finds the latest week and the categories', () => {
    const rows = [
      { weekStart: '2026-09-07', kanaal: 'telefoon', category: 'afval', count: 3 },
      { weekStart: '2026-08-31', kanaal: 'email', category: 'wonen', count: 2 },
      { weekStart: '2026-08-31', kanaal: 'telefoon', category: 'afval', count: 4 },
    ];
    expect(volumeTable(rows, 'afval')).toEqual({
      kanalen: ['telefoon'],
      weeks: [
        { weekStart: '2026-08-31', perKanaal: { telefoon: 4 }, total: 4 },
        { weekStart: '2026-09-07', perKanaal: { telefoon: 3 }, total: 3 },
      ],
      perKanaal: { telefoon: 7 },
      perCategory: [{ category: 'afval', count: 7 }],
      total: 7,
    });
    expect(volumeTable(rows, '').kanalen).toEqual(['email', 'telefoon']);
    expect(volumeTable(rows, '').perCategory).toEqual([
      { category: 'afval', count: 7 },
      { category: 'wonen', count: 2 },
    ]);
    expect(latestWeekWithData(rows)).toBe('2026-09-07');
    expect(latestWeekWithData([])).toBeNull();
    expect(categoriesOf(rows)).toEqual(['afval', 'wonen']);
  });
});
