import { describe, expect, it } from 'vitest';
import { normBeginwaarden, normInvoer } from './norm-logic.ts';

describe('the service-norm form', () => {
  it('starts in the largest unit that writes the norm as a whole number', () => {
    expect(normBeginwaarden(30, 80)).toEqual({ getal: '30', eenheid: 'seconden', doel: '80' });
    expect(normBeginwaarden(1800, 90)).toEqual({ getal: '30', eenheid: 'minuten', doel: '90' });
    expect(normBeginwaarden(259_200, 80)).toEqual({ getal: '72', eenheid: 'uren', doel: '80' });
  });

  it('turns the form into seconds and a target, as the server accepts them', () => {
    expect(normInvoer({ getal: '2', eenheid: 'minuten', doel: '80' })).toEqual({ invoer: { normSeconden: 120, doelPercentage: 80 } });
    expect(normInvoer({ getal: '1,5', eenheid: 'uren', doel: '100' })).toEqual({ invoer: { normSeconden: 5400, doelPercentage: 100 } });
  });

  it('refuses zero, negative, fractional seconds, more than 30 days and a target outside 1-100', () => {
    expect(normInvoer({ getal: '0', eenheid: 'seconden', doel: '80' })).toEqual({ fout: { veld: 'getal', soort: 'getal' } });
    expect(normInvoer({ getal: '-5', eenheid: 'minuten', doel: '80' })).toEqual({ fout: { veld: 'getal', soort: 'getal' } });
    expect(normInvoer({ getal: '1.5', eenheid: 'seconden', doel: '80' })).toEqual({ fout: { veld: 'getal', soort: 'getal' } });
    expect(normInvoer({ getal: '', eenheid: 'uren', doel: '80' })).toEqual({ fout: { veld: 'getal', soort: 'getal' } });
    expect(normInvoer({ getal: '721', eenheid: 'uren', doel: '80' })).toEqual({ fout: { veld: 'getal', soort: 'teGroot' } });
    expect(normInvoer({ getal: '720', eenheid: 'uren', doel: '80' })).toEqual({ invoer: { normSeconden: 2_592_000, doelPercentage: 80 } });
    expect(normInvoer({ getal: '30', eenheid: 'seconden', doel: '0' })).toEqual({ fout: { veld: 'doel', soort: 'doel' } });
    expect(normInvoer({ getal: '30', eenheid: 'seconden', doel: '101' })).toEqual({ fout: { veld: 'doel', soort: 'doel' } });
    expect(normInvoer({ getal: '30', eenheid: 'seconden', doel: '80%' })).toEqual({ fout: { veld: 'doel', soort: 'doel' } });
  });
});
