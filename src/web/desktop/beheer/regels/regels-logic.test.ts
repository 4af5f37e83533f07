import { describe, expect, it } from 'vitest';
import type { Regel } from './regels-api.ts';
import { controleer, leegFormulier, naarFormulier, naarInvoer, onbekendeVariabelen } from './regels-logic.ts';

describe('the rule form', () => {
  it('knows the variables a source fills, including anything under data. and kenmerken.', () => {
    expect(onbekendeVariabelen('Uw zaak {{zaak.identificatie}} is {{ zaak.status }}', 'notificatie')).toEqual([]);
    expect(onbekendeVariabelen('{{zaak.resultaat}} en {{kenmerken.bronorganisatie}}', 'notificatie')).toEqual(['zaak.resultaat']);
    expect(onbekendeVariabelen('Container {{data.containerId}} is {{data.vulgraad}}% vol', 'cloudevent')).toEqual([]);
    expect(onbekendeVariabelen('{{zaak.identificatie}}', 'cloudevent')).toEqual(['zaak.identificatie']);
  });

  it('points at the first field that is empty, names unknown variables, and builds the body the API takes', () => {
    const f = leegFormulier();
    expect(controleer(f)).toEqual({ soort: 'leeg', veld: 'regel-naam' });
    f.naam = 'Status bladkorf';
    f.acties[0] = { ...f.acties[0]!, onderwerp: 'Uw zaak {{zaak.identificatie}}', tekst: 'Resultaat: {{zaak.resultaat}}' };
    expect(controleer(f)).toEqual({ soort: 'onbekend', veld: 'regel-actie-0-tekst', namen: ['zaak.resultaat'] });
    f.acties[0].tekst = 'Uw aanvraag is nu {{zaak.status}}.';
    f.voorwaarden.push({ pad: 'kenmerken.bronorganisatie', operator: '==', waarde: '002220647' });
    expect(controleer(f)).toBeUndefined();
    expect(naarInvoer(f)).toEqual({
      naam: 'Status bladkorf',
      actief: true,
      match: {
        bron: 'notificatie',
        kanaal: 'zaken',
        resource: 'status',
        actie: 'create',
        voorwaarden: [{ pad: 'kenmerken.bronorganisatie', operator: '==', waarde: '002220647' }],
      },
      acties: [{ soort: 'bericht', onderwerp: 'Uw zaak {{zaak.identificatie}}', tekst: 'Uw aanvraag is nu {{zaak.status}}.' }],
    });
  });

  it('takes a WhatsApp template with name and language, and keeps what the form does not edit', () => {
    const f = leegFormulier();
    f.naam = 'Status';
    f.acties[0] = {
      ...f.acties[0]!,
      onderwerp: 'Uw zaak',
      tekst: 'Uw aanvraag is nu {{zaak.status}}.',
      sjabloonParameters: '{{zaak.status}}',
    };
    expect(controleer(f)).toEqual({ soort: 'sjabloonNaam', veld: 'regel-actie-0-sjabloonNaam' });
    f.acties[0].sjabloonNaam = 'zaak_status';
    expect(controleer(f)).toEqual({ soort: 'sjabloonTaal', veld: 'regel-actie-0-sjabloonTaal' });
    f.acties[0].sjabloonTaal = 'nl';
    f.acties[0].sjabloonParameters = '{{zaak.identificatie}}\n\n {{zaak.status}} ';
    expect(controleer(f)).toBeUndefined();
    const actie = {
      soort: 'bericht' as const,
      onderwerp: 'Uw zaak',
      tekst: 'Uw aanvraag is nu {{zaak.status}}.',
      whatsappSjabloon: { naam: 'zaak_status', taal: 'nl', parameters: ['{{zaak.identificatie}}', '{{zaak.status}}'] },
    };
    expect(naarInvoer(f).acties).toEqual([actie]);
    const opgeslagen = {
      ...naarInvoer(f),
      acties: [{ ...actie, berichtsoort: 'afval', doelgroep: { soort: 'object' as const, waarde: '{{data.containerId}}' } }],
    } as unknown as Regel;
    expect(naarInvoer(naarFormulier(opgeslagen)).acties).toEqual(opgeslagen.acties);
  });
});
