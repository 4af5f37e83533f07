import { describe, expect, it } from 'vitest';
import type { Kanaalgrenzen } from '../api/types.ts';
import { antwoordGeblokkeerd, tekensOver, venster } from './kanaalgrenzen-logic.ts';

const now = Date.parse('2026-11-30T10:00:00Z');
const whatsapp = (over: Partial<Kanaalgrenzen> = {}): Kanaalgrenzen => ({
  kanaal: 'whatsapp',
  vensterOpen: true,
  vensterSluitOp: '2026-11-30T12:30:00Z',
  alleenSjablonen: false,
  maxLengte: 4096,
  antwoordVia: 'whatsapp',
  ...over,
});

describe('the channel’s limits next to the reply box', () => {
  it('counts the 24-hour window down and closes it on screen when time runs out', () => {
    expect(venster(whatsapp(), now)).toEqual({ staat: 'open', sluitOp: '2026-11-30T12:30:00Z', secondenOver: 9000 });
    expect(venster(whatsapp(), Date.parse('2026-11-30T12:30:00Z'))).toEqual({
      staat: 'dicht',
      sinds: '2026-11-30T12:30:00Z',
      sjablonen: true,
    });
    expect(venster(whatsapp({ vensterOpen: false, alleenSjablonen: true, vensterSluitOp: '2026-11-29T08:00:00Z' }), now)).toMatchObject({
      staat: 'dicht',
      sjablonen: true,
    });
    expect(venster(whatsapp({ kanaal: 'messenger', vensterOpen: false, vensterSluitOp: null }), now)).toEqual({
      staat: 'dicht',
      sinds: null,
      sjablonen: false,
    });
  });

  it('has no window for sms, e-mail or chat', () => {
    expect(
      venster({ kanaal: 'sms', vensterOpen: true, vensterSluitOp: null, alleenSjablonen: false, maxLengte: 1600, antwoordVia: 'sms' }, now),
    ).toEqual({ staat: 'geen' });
    expect(
      venster(
        { kanaal: 'email', vensterOpen: true, vensterSluitOp: null, alleenSjablonen: false, maxLengte: null, antwoordVia: 'email' },
        now,
      ),
    ).toEqual({ staat: 'geen' });
  });

  it('counts characters as the adapter does, and blocks an answer that is too long or outside the window', () => {
    expect(tekensOver(whatsapp({ maxLengte: 10 }), 'Hallo 👋')).toBe(2);
    expect(tekensOver(whatsapp({ maxLengte: null }), 'x')).toBeNull();
    expect(tekensOver(undefined, 'x')).toBeNull();
    expect(antwoordGeblokkeerd(whatsapp({ maxLengte: 5 }), 'Hallo', now)).toBeUndefined();
    expect(antwoordGeblokkeerd(whatsapp({ maxLengte: 5 }), 'Hallo!', now)).toBe('te-lang');
    expect(antwoordGeblokkeerd(whatsapp({ vensterOpen: false }), 'Hallo', now)).toBe('venster');
    expect(antwoordGeblokkeerd(undefined, 'Hallo', now)).toBeUndefined();
  });
});
