import { describe, expect, it } from 'vitest';
import { buildCountTables, countWeekly } from './count-table.ts';

describe('count tables', () => {
  it('adds up records and leaves out those without a key', () => {
    const records = ['a', 'a', 'b', null];
    const counts = countWeekly(records, (r) => (r ? { topic: r, wijk: 'WA', weekStart: '2026-09-07' } : null));
    expect(counts).toEqual([
      { topic: 'a', wijk: 'WA', weekStart: '2026-09-07', count: 2 },
      { topic: 'b', wijk: 'WA', weekStart: '2026-09-07', count: 1 },
    ]);
  });

  it('fills weeks without any contact with zeros so runs of weeks stay consecutive', () => {
    const { weeks, tables } = buildCountTables(
      [
        { topic: 'a', wijk: 'WB', weekStart: '2026-08-31', count: 3 },
        { topic: 'a', wijk: 'WA', weekStart: '2026-09-14', count: 2 },
      ],
      ['WA', 'WB'],
    );
    expect(weeks).toEqual(['2026-08-31', '2026-09-07', '2026-09-14']);
    expect(tables).toEqual([
      {
        topic: 'a',
        counts: [
          [0, 0, 2],
          [3, 0, 0],
        ],
      },
    ]);
  });

  it('rejects a week start that is not a Monday', () => {
    const counts = [
      { topic: 'a', wijk: 'WA', weekStart: '2026-08-31', count: 1 },
      { topic: 'a', wijk: 'WA', weekStart: '2026-09-09', count: 1 },
    ];
    expect(() => buildCountTables(counts, ['WA'])).toThrow(/not a Monday/);
    expect(() => buildCountTables([{ topic: 'a', wijk: 'WA', weekStart: '7-9-2026', count: 1 }], ['WA'])).toThrow(/not a Monday/);
  });
});
