import { describe, expect, it } from 'vitest';
import { ALERT_ZIN, MAX_ALERTS, metAlert, zinAlert, type ZinAlert } from './alert-logic.ts';

const now = new Date('2026-11-30T15:00:00Z');
const frame = (data: Record<string, unknown>) => ({
  type: ALERT_ZIN,
  data: { gesprekId: 'g1', callId: 'c1', kanaal: 'telefoon', medewerkerId: 'm1', zin: 'opzeggen', segment: 3, start: 15, ...data },
});

describe('live phrase alerts', () => {
  it('reads a phrase alert frame and ignores other frames or incomplete ones', () => {
    expect(zinAlert(frame({}), now)).toEqual({
      key: 'g1|15|3|opzeggen',
      gesprekId: 'g1',
      medewerkerId: 'm1',
      kanaal: 'telefoon',
      zin: 'opzeggen',
      ontvangenOp: '2026-11-30T15:00:00.000Z',
    });
    expect(zinAlert({ type: 'analyse.waarschuwing', data: frame({}).data }, now)).toBeNull();
    expect(zinAlert(frame({ zin: '' }), now)).toBeNull();
    expect(zinAlert(frame({ gesprekId: 42 }), now)).toBeNull();
    expect(zinAlert(frame({ medewerkerId: null, kanaal: undefined }), now)).toMatchObject({ medewerkerId: null, kanaal: 'telefoon' });
  });

  it('keeps the newest first, each hit once, and at most a few', () => {
    const alert = (n: number): ZinAlert => zinAlert(frame({ segment: n }), now)!;
    let list: ZinAlert[] = [];
    for (let n = 0; n < MAX_ALERTS + 2; n++) list = metAlert(list, alert(n));
    expect(list.map((a) => a.key)).toEqual([6, 5, 4, 3, 2].map((n) => `g1|15|${n}|opzeggen`));
    expect(metAlert(list, alert(6))).toEqual(list);
  });
});
