import { describe, expect, it } from 'vitest';
import { applyRules, namedExternalBodies, soundsLikeComplaint } from './rules.ts';

describe('applyRules', () => {
  it.each(['ik wil een medewerker', 'kan ik iemand spreken?', 'Bel me terug op 06-12345678', 'Can I talk to a human please?', 'mens'])(
    'sees a wish for a person in "%s"',
    (text) => {
      expect(applyRules(text)).toBe('handoff_request');
    },
  );

  it.each([
    'wanneer wordt de rolstoel die ik heb aangevraagd eindelijk bezorgd',
    'ik heb na zes weken nog steeds niets gehoord over de vergunning',
    'hoeveel moet ik nog betalen van mijn rioolheffing?',
    'wat is het kenmerk van mijn bezwaar?',
  ])('sees a question about the asker\'s own file in "%s"', (text) => {
    expect(applyRules(text)).toBe('personal_case');
  });

  it.each(['Ik reageer op uw vacature voor adviseur', 'wat voor weer wordt het zaterdag?'])(
    'sees that "%s" is no question for the services',
    (text) => {
      expect(applyRules(text)).toBe('small_talk');
    },
  );

  it('still answers the general question next to those words', () => {
    expect(applyRules('hoeveel kost een paspoort?')).toBeNull();
    expect(applyRules('wanneer kan ik mijn paspoort ophalen?')).toBeNull();
  });

  it('does not mistake a salutation for a wish to talk to a person', () => {
    expect(applyRules('Beste medewerker,\nWanneer wordt het grofvuil opgehaald?')).toBeNull();
  });

  it.each(['er is brand in de schuur!', 'mijn buurman reageert niet meer', 'ik ruik gas'])('treats "%s" as an emergency', (text) =>
    expect(applyRules(text)).toBe('emergency'),
  );

  it('keeps a gas heater question in scope', () => {
    expect(applyRules('mag ik terrasheaters op gas gebruiken?')).toBeNull();
  });

  it('recognises questions about the asker’s own case and small talk', () => {
    expect(applyRules('Hoe staat het met mijn aanvraag?')).toBe('personal_case');
    expect(applyRules('dankjewel!! 👍')).toBe('small_talk');
    expect(applyRules('🍕🍕')).toBe('small_talk');
  });

  it.each([
    'Is onze melding over de losse putdeksel al behandeld?',
    'Heeft u mijn bezwaarschrift van vorige week ontvangen?',
    'Wanneer hoor ik iets over mijn aanvraag voor een gehandicaptenkaart?',
  ])('sees a question about one’s own case in "%s"', (text) => {
    expect(applyRules(text)).toBe('personal_case');
  });

  it('keeps general questions about how long a procedure takes in scope', () => {
    expect(applyRules('Hoe lang duurt het voordat ik een besluit krijg?')).toBeNull();
    expect(applyRules('Wanneer krijg ik bericht als ik een aanvraag heb gedaan?')).toBeNull();
  });

  it.each(['wie ben jij?', 'Hoe gaat het met je?', 'oke dank je wel', 'fijne dag!'])('treats "%s" as small talk', (text) =>
    expect(applyRules(text)).toBe('small_talk'),
  );
});

describe('other organisations and complaints', () => {
  it('names external bodies', () => {
    expect(namedExternalBodies('Wat is het nummer van het UWV?')).toEqual(['uwv']);
    expect(namedExternalBodies('Regelt de GGD ook vaccinaties voor op reis?')).toEqual(['ggd']);
  });

  it('hears a complaining tone', () => {
    expect(soundsLikeComplaint('Dit is echt schandalig')).toBe(true);
    expect(soundsLikeComplaint('Wanneer is de milieustraat open?')).toBe(false);
  });
});
