import { describe, expect, it } from 'vitest';
import { ALERT_ONTHULLING, metOnthulling, onthulling, soorten, type Onthulling } from './onthulling-logic.ts';

const frame = (data: Record<string, unknown>, type = ALERT_ONTHULLING) => ({
  type,
  data: { gesprekId: 'g1', callId: 'c1', soort: 'onthulling_voor_verificatie', gegeven: 'zaakstatus', segment: 2, start: 6.5, ...data },
});

describe('disclosure warnings on the conversation page', () => {
  it('reads a warning about this gesprek and ignores other gesprekken, other frames and incomplete ones', () => {
    expect(onthulling(frame({}), 'g1')).toEqual({ key: '2|6.5|zaakstatus', gegeven: 'zaakstatus' });
    expect(onthulling(frame({}), 'g2')).toBeNull();
    expect(onthulling(frame({}, 'analyse.zin'), 'g1')).toBeNull();
    expect(onthulling(frame({ gegeven: '' }), 'g1')).toBeNull();
    expect(onthulling(frame({ gegeven: 7 }), 'g1')).toBeNull();
  });

  it('keeps each hit once and names each kind once', () => {
    const hit = (segment: number, gegeven: string): Onthulling => onthulling(frame({ segment, gegeven }), 'g1')!;
    let list: Onthulling[] = [];
    for (const h of [hit(2, 'zaakstatus'), hit(2, 'zaakstatus'), hit(4, 'adres'), hit(5, 'zaakstatus')]) list = metOnthulling(list, h);
    expect(list.map((o) => o.key)).toEqual(['2|6.5|zaakstatus', '4|6.5|adres', '5|6.5|zaakstatus']);
    expect(soorten(list)).toEqual(['zaakstatus', 'adres']);
  });
});
