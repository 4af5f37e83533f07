import { describe, expect, it } from 'vitest';
import { beginwaarden, werktijdInvoer } from './werktijd-logic.ts';

describe('team working-time form', () => {
  it('starts from the KCC hours for a team without its own, and sends null for them', () => {
    const w = beginwaarden(null, null);
    expect(w).toMatchObject({ eigen: false, termijn: '' });
    expect(w.dagen.ma).toBe('08:30-17:00');
    expect(werktijdInvoer(w)).toEqual({ invoer: { openingstijden: null, terugbeltermijnWerkdagen: null } });
  });

  it('sends its own hours, an empty day as closed, and hours past midnight', () => {
    const w = beginwaarden(null, null);
    const invoer = werktijdInvoer({ ...w, eigen: true, dagen: { ...w.dagen, vr: ' 08:30 - 12:00 ', za: '22:00-06:00' }, termijn: '5' });
    expect(invoer).toEqual({
      invoer: {
        openingstijden: {
          ma: '08:30-17:00',
          di: '08:30-17:00',
          wo: '08:30-17:00',
          do: '08:30-17:00',
          vr: '08:30-12:00',
          za: '22:00-06:00',
          zo: null,
        },
        terugbeltermijnWerkdagen: 5,
      },
    });
  });

  it('names the wrong field as the server would', () => {
    const w = { ...beginwaarden(null, null), eigen: true };
    expect(werktijdInvoer({ ...w, dagen: { ...w.dagen, di: '9-17' } })).toEqual({ fout: { veld: 'di', soort: 'tijden' } });
    expect(werktijdInvoer({ ...w, dagen: { ...w.dagen, wo: '09:00-09:00' } })).toEqual({ fout: { veld: 'wo', soort: 'gelijk' } });
    const dicht = { ma: '', di: '', wo: '', do: '', vr: '', za: '', zo: '' };
    expect(werktijdInvoer({ ...w, dagen: dicht })).toEqual({ fout: { veld: 'dagen', soort: 'geenDag' } });
    expect(werktijdInvoer({ ...w, termijn: '-1' })).toEqual({ fout: { veld: 'termijn', soort: 'termijn' } });
    expect(werktijdInvoer({ ...w, termijn: '61' })).toEqual({ fout: { veld: 'termijn', soort: 'termijn' } });
  });
});
