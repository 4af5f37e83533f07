import { describe, expect, it } from 'vitest';
import type { Segment } from './kwaliteit-api.ts';
import { seconden, tijdcode, transcriptItems } from './transcript-logic.ts';

const segment = (index: number, vlaggen: Segment['vlaggen']): Segment => ({
  index,
  speaker: index % 2 ? 'klant' : 'agent',
  start: index * 3,
  end: index * 3 + 2,
  text: `zin ${index}`,
  vlaggen,
});

describe('the drill-down transcript', () => {
  it('puts each silence on its own line after its segment and gathers the other findings on the segment', () => {
    const items = transcriptItems([
      segment(0, []),
      segment(1, [
        { soort: 'onthulling', gegeven: 'zaakstatus', voorVerificatie: true },
        { soort: 'stilte_na', seconden: 6.04, artikelId: null },
      ]),
      segment(2, [
        { soort: 'zin', zin: 'opzeggen' },
        { soort: 'onthulling', gegeven: 'adres', voorVerificatie: false },
        { soort: 'geverifieerd' },
        { soort: 'stilte_na', seconden: 7, artikelId: 'bladkorven' },
      ]),
    ]);
    expect(items.map((i) => (i.soort === 'segment' ? `s${i.segment.index}` : `stilte${i.naSegment}`))).toEqual([
      's0',
      's1',
      'stilte1',
      's2',
      'stilte2',
    ]);
    expect(items[1]).toMatchObject({ onthullingen: [{ gegeven: 'zaakstatus', voorVerificatie: true }], zinnen: [], geverifieerd: false });
    expect(items[2]).toEqual({ soort: 'stilte', naSegment: 1, seconden: 6.04, artikelId: null });
    expect(items[3]).toMatchObject({ zinnen: ['opzeggen'], geverifieerd: true });
    expect(items[4]).toMatchObject({ artikelId: 'bladkorven' });
  });

  it('writes moments as clock readings and durations with one decimal', () => {
    expect(tijdcode(6.5)).toBe('0:06');
    expect(tijdcode(760)).toBe('12:40');
    expect(tijdcode(3723)).toBe('1:02:03');
    expect(tijdcode(-1)).toBe('0:00');
    expect(seconden(6, 'nl')).toBe('6,0');
    expect(seconden(6.04, 'en')).toBe('6.0');
  });
});
